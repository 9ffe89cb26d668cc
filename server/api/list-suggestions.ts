// GET /api/debates/:id/suggestions → {suggestions}: the claims the signed-in user suggested in
// this debate, newest first, with their status (pending until a moderator decides).
import type { Hono } from 'hono';
import type { Suggestion } from '../../src/domain/commands';
import type { ApiDeps } from './deps';
import { debateNotFound, idParam } from './params';
import { requireAllowed } from './request';

export interface ListSuggestionsResponse {
  suggestions: Suggestion[];
}

export function listSuggestions(app: Hono, deps: ApiDeps): void {
  app.get('/api/debates/:id/suggestions', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const session = await requireAllowed(c, deps, 'suggestion.list-own', { debateId: id });
    if (session instanceof Response) return session;
    // eventsAfter past any real seq is the cheapest "does this debate exist" the port offers.
    if ((await deps.store.eventsAfter(id, Number.MAX_SAFE_INTEGER, 1)) === null) {
      return debateNotFound(c, id);
    }
    const suggestions = await deps.store.listSuggestions(id, session.user.id);
    c.header('Cache-Control', 'no-store');
    return c.json<ListSuggestionsResponse>({ suggestions });
  });
}

// The moderators' suggestion queue (issue 4's "waiting for a moderator"):
//   GET  /api/debates/:id/moderation/suggestions → {suggestions} every suggestion, oldest first
//   POST /api/debates/:id/suggestions/:suggestionId/review {decision: 'accept'|'decline', reason?}
//        accept → 200 {event} ('suggestion.accepted': the claim, relation and anchor the author's
//        own mark would add); decline → 200 {suggestion} (kept, status 'declined', no event)
import type { Hono } from 'hono';
import type { Suggestion } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import { ReviewSuggestionSchema } from '../../src/domain/moderation/commands';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { readBody, requireAllowed, requireWriter, writeResponse } from './request';

export type ReviewSuggestionResponse = { event: DebateEvent } | { suggestion: Suggestion };
export interface ListAllSuggestionsResponse {
  suggestions: Suggestion[];
}

export function reviewSuggestion(app: Hono, deps: ApiDeps): void {
  app.get('/api/debates/:id/moderation/suggestions', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireAllowed(c, deps, 'suggestion.list-all', { debateId: id });
    if (actor instanceof Response) return actor;
    const suggestions = await deps.store.listAllSuggestions(id);
    if (suggestions === null) return debateNotFound(c, id);
    c.header('Cache-Control', 'no-store');
    return c.json<ListAllSuggestionsResponse>({ suggestions });
  });

  app.post('/api/debates/:id/suggestions/:suggestionId/review', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const suggestionId = idParam(c, 'suggestionId', 'suggestion');
    if (suggestionId instanceof Response) return suggestionId;
    const actor = await requireWriter(c, deps, 'suggestion.review', { debateId: id });
    if (actor instanceof Response) return actor;
    const body = await readBody(c, ReviewSuggestionSchema);
    if (body instanceof Response) return body;
    const reason = body.reason ? { reason: body.reason } : {};
    if (body.decision === 'accept') {
      const result = await deps.store.moderate(id, actor.user, {
        kind: 'accept-suggestion',
        suggestionId,
        ...reason,
      });
      return writeResponse(c, result, 200, id);
    }
    const result = await deps.store.declineSuggestion(id, actor.user, suggestionId, body.reason);
    switch (result.kind) {
      case 'ok':
        return c.json<ReviewSuggestionResponse>({ suggestion: result.suggestion });
      case 'no-debate':
        return debateNotFound(c, id);
      case 'not-found':
        return errorResponse(c, 404, 'not_found', result.message);
      case 'invalid':
        return errorResponse(c, 422, 'invalid', result.message);
    }
  });
}

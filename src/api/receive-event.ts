// Applies one debate event to everything this client holds of the debate, whether it came from
// the live stream or as the answer to the reader's own write: the overview (claims, relations,
// the post's anchors) changes in place with applyEventToOverview, comments already shown change
// in place, and the thread queries it touches refetch so new comments arrive in their place.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { applyEventToOverview, changesSuggestions, type DebateEvent } from '../domain/events';
import { debateOptions } from './get-debate';
import { threadQueryPrefix } from './list-comments';
import { debatesListOptions } from './list-debates';
import { suggestionsOptions } from './list-suggestions';
import { suggestionQueueOptions } from './suggestion-queue';
import { isTouched, patchThreadData, threadQueryKind } from './thread-cache';

/** How many recent events per client are remembered, to handle each once. */
const REMEMBERED = 500;

// An event usually arrives twice for its writer: as the answer to the write and on the stream.
// Handling it once avoids a second round of refetches; the record is per QueryClient (one per
// app or test), never shared between clients.
const received = new WeakMap<QueryClient, Map<string, Promise<void>>>();

/**
 * Applies `event` once per client. Resolves when the queries it touched have refetched, so a
 * write can keep its "sending…" comment on screen until the real one has arrived.
 */
export function receiveEvent(client: QueryClient, event: DebateEvent): Promise<void> {
  let seen = received.get(client);
  if (!seen) {
    seen = new Map();
    received.set(client, seen);
  }
  const key = `${event.debateId}:${event.seq}`;
  const earlier = seen.get(key);
  if (earlier) return earlier;
  const done = apply(client, event);
  seen.set(key, done);
  if (seen.size > REMEMBERED) {
    const oldest = seen.keys().next().value;
    if (oldest !== undefined) seen.delete(oldest);
  }
  return done;
}

function apply(client: QueryClient, event: DebateEvent): Promise<void> {
  const refetches: Promise<void>[] = [];
  const overviewKey = debateOptions(event.debateId).queryKey;
  const current = client.getQueryData(overviewKey);
  if (current) {
    const { seq } = current.debate;
    if (event.seq === seq + 1) {
      client.setQueryData(overviewKey, { debate: applyEventToOverview(current.debate, event) });
    } else if (event.seq > seq + 1) {
      // Events in between have not arrived (another writer's, still on the stream): applying
      // this one would skip them for good, so ask for the whole overview again instead.
      refetches.push(client.invalidateQueries({ queryKey: overviewKey, exact: true }));
    }
  }
  for (const key of touchThread(client, event)) {
    refetches.push(client.invalidateQueries({ queryKey: key, exact: true }));
  }
  if (changesSuggestions(event)) {
    // The event names the suggestion only (the stream is public): the lists are asked again,
    // which refetches only those on screen (the author's, the moderators' queue).
    for (const options of [suggestionsOptions, suggestionQueueOptions]) {
      refetches.push(client.invalidateQueries({ queryKey: options(event.debateId).queryKey }));
    }
  }
  if (event.type === 'comment.added') {
    // The list of debates counts comments.
    void client.invalidateQueries({ queryKey: debatesListOptions().queryKey, exact: true });
  }
  return Promise.all(refetches).then(() => undefined);
}

/** Patches every thread query of the debate in place; returns the keys that must refetch. */
function touchThread(client: QueryClient, event: DebateEvent): QueryKey[] {
  const prefix = threadQueryPrefix(event.debateId);
  const touched: QueryKey[] = [];
  for (const query of client.getQueryCache().findAll({ queryKey: prefix })) {
    const data = query.state.data;
    if (data === undefined) continue;
    const kind = threadQueryKind(query.queryKey.slice(prefix.length));
    if (isTouched(kind, data, event)) touched.push(query.queryKey);
    const patched = patchThreadData(data, event);
    if (patched !== data) client.setQueryData(query.queryKey, patched);
  }
  return touched;
}

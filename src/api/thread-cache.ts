// What a debate event does to the thread queries in React Query's cache, as pure functions over
// a query's key and data: which queries it touches (they refetch, so new comments arrive with
// their place in the thread from the server) and how comments already shown change in place
// at once (an edit, a deletion, a re-anchored or orphaned anchor) while the refetch runs.
import type { InfiniteData } from '@tanstack/react-query';
import { type DebateEvent, upsertById } from '../domain/events';
import type { Anchor, Id } from '../domain/model';
import type { ThreadComment } from '../domain/thread-page';

/** What every thread query holds, one way or another: comments and the anchors said in them. */
export interface ThreadChunk {
  comments: ThreadComment[];
  anchors: Anchor[];
}

/** The kinds of query under threadQueryPrefix, told apart by the key's first part after it. */
export type ThreadQueryKind =
  | { kind: 'pages'; parentId: Id | null }
  | { kind: 'claim'; claimId: Id }
  | { kind: 'comment'; commentId: Id }
  | { kind: 'sending' }
  | { kind: 'other' };

/** `rest` is the key after the thread prefix. */
export function threadQueryKind(rest: readonly unknown[]): ThreadQueryKind {
  const [kind, arg] = rest;
  if (kind === 'pages' && typeof arg === 'object' && arg !== null && 'parentId' in arg) {
    const parentId = arg.parentId;
    return { kind: 'pages', parentId: typeof parentId === 'string' ? parentId : null };
  }
  if (kind === 'claim' && typeof arg === 'string') return { kind: 'claim', claimId: arg };
  if (kind === 'comment' && typeof arg === 'string') return { kind: 'comment', commentId: arg };
  if (kind === 'sending') return { kind: 'sending' };
  return { kind: 'other' };
}

function isChunk(value: unknown): value is ThreadChunk {
  return (
    typeof value === 'object' &&
    value !== null &&
    'comments' in value &&
    Array.isArray(value.comments) &&
    'anchors' in value &&
    Array.isArray(value.anchors)
  );
}

function isInfinite(value: unknown): value is InfiniteData<ThreadChunk> {
  return (
    typeof value === 'object' && value !== null && 'pages' in value && Array.isArray(value.pages)
  );
}

/** The chunks a query's data holds: every page of an infinite query, or the one answer. */
export function chunksOf(data: unknown): ThreadChunk[] {
  if (isInfinite(data)) return data.pages.filter(isChunk);
  return isChunk(data) ? [data] : [];
}

/** Claims whose "where is it said" answer may have changed with this event. */
function claimsTouched(event: DebateEvent): Set<Id> {
  const ids = new Set<Id>(event.remove.claims);
  for (const c of event.upsert.claims) ids.add(c.id);
  for (const a of event.upsert.anchors) ids.add(a.claimId);
  for (const r of event.upsert.relations) ids.add(r.from).add(r.to);
  for (const c of event.upsert.comments) if (c.target) ids.add(c.target.claimId);
  return ids;
}

/**
 * Whether a thread query must refetch after `event`: it holds a comment the event changes or
 * answers, an anchor it removes, or (for a new reply to the post) it is the main pages, where
 * the new comment takes its place.
 */
export function isTouched(kind: ThreadQueryKind, data: unknown, event: DebateEvent): boolean {
  if (kind.kind === 'sending' || kind.kind === 'other') return false;
  if (kind.kind === 'claim' && claimsTouched(event).has(kind.claimId)) return true;
  const added = event.type === 'comment.added';
  if (kind.kind === 'pages' && kind.parentId === null && added) {
    if (event.upsert.comments.some((c) => c.parentId === null)) return true;
  }
  const comments = new Set<Id>();
  for (const c of event.upsert.comments) {
    comments.add(c.id);
    if (c.parentId !== null) comments.add(c.parentId);
  }
  for (const a of event.upsert.anchors) {
    if (a.source.kind === 'comment') comments.add(a.source.commentId);
  }
  const removed = new Set(event.remove.anchors);
  return chunksOf(data).some(
    (chunk) =>
      chunk.comments.some((c) => comments.has(c.id)) ||
      chunk.anchors.some((a) => removed.has(a.id)),
  );
}

/**
 * The chunk with the event's changes to comments it already holds (their place in the thread
 * kept) and to the anchors said in them. The same object when nothing changes, so React Query
 * and the memoised indexes downstream see no change.
 */
export function patchChunk(chunk: ThreadChunk, event: DebateEvent): ThreadChunk {
  const held = new Map(chunk.comments.map((c) => [c.id, c]));
  const changed = event.upsert.comments.filter((c) => held.has(c.id));
  const anchors = event.upsert.anchors.filter(
    (a) => a.source.kind === 'comment' && held.has(a.source.commentId),
  );
  const removed = new Set(event.remove.anchors);
  const removes = chunk.anchors.some((a) => removed.has(a.id));
  if (changed.length === 0 && anchors.length === 0 && !removes) return chunk;
  const updated = new Map(changed.map((c) => [c.id, c]));
  return {
    ...chunk,
    comments: chunk.comments.map((c) => {
      const next = updated.get(c.id);
      return next ? { ...next, thread: c.thread } : c;
    }),
    anchors: upsertById(chunk.anchors, anchors).filter((a) => !removed.has(a.id)),
  };
}

/** patchChunk over a query's data, whatever its shape; the same object when nothing changes. */
export function patchThreadData(data: unknown, event: DebateEvent): unknown {
  if (isInfinite(data)) {
    const pages = data.pages.map((page) => (isChunk(page) ? patchChunk(page, event) : page));
    return pages.every((page, i) => page === data.pages[i]) ? data : { ...data, pages };
  }
  return isChunk(data) ? patchChunk(data, event) : data;
}

// Optimistic edits and deletions change a comment wherever the thread cache holds it, keeping a
// snapshot of what they replaced so a refused write puts every query back exactly as it was.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ThreadComment } from '../domain/thread-page';
import { threadQueryPrefix } from './list-comments';
import { chunksOf, type ThreadChunk } from './thread-cache';

export type ThreadSnapshot = readonly (readonly [QueryKey, unknown])[];

function changeChunk(
  chunk: ThreadChunk,
  commentId: string,
  change: (comment: ThreadComment) => ThreadComment,
): ThreadChunk {
  if (!chunk.comments.some((c) => c.id === commentId)) return chunk;
  return { ...chunk, comments: chunk.comments.map((c) => (c.id === commentId ? change(c) : c)) };
}

/** Applies `change` to the comment in every thread query holding it; returns what it replaced. */
export function changeCommentInThread(
  client: QueryClient,
  debateId: string,
  commentId: string,
  change: (comment: ThreadComment) => ThreadComment,
): ThreadSnapshot {
  const snapshot: [QueryKey, unknown][] = [];
  for (const query of client.getQueryCache().findAll({ queryKey: threadQueryPrefix(debateId) })) {
    const data = query.state.data;
    if (!chunksOf(data).some((chunk) => chunk.comments.some((c) => c.id === commentId))) continue;
    snapshot.push([query.queryKey, data]);
    const next =
      typeof data === 'object' && data !== null && 'pages' in data && Array.isArray(data.pages)
        ? {
            ...data,
            pages: data.pages.map((page: ThreadChunk) => changeChunk(page, commentId, change)),
          }
        : changeChunk(data as ThreadChunk, commentId, change);
    client.setQueryData(query.queryKey, next);
  }
  return snapshot;
}

export function restoreThread(client: QueryClient, snapshot: ThreadSnapshot): void {
  for (const [key, data] of snapshot) client.setQueryData(key, data);
}

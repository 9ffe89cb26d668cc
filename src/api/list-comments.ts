// GET /api/debates/:id/comments: the thread in cursor pages (main pages and continuations of
// cut threads), loaded as the reader scrolls.
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { ThreadSort } from '../domain/build-thread';
import { AnchorSchema, IdSchema } from '../domain/model';
import { ThreadCommentSchema } from '../domain/thread-page';
import { fetchJson } from './fetch-json';
import { debateOptions } from './get-debate';

export const ListCommentsResponseSchema = z.object({
  comments: z.array(ThreadCommentSchema),
  anchors: z.array(AnchorSchema),
  nextCursor: z.string().nullable(),
  cuts: z.array(
    z.object({ parentId: IdSchema, hidden: z.number().int().nonnegative(), cursor: z.string() }),
  ),
});
export type ListCommentsResponse = z.infer<typeof ListCommentsResponseSchema>;

export interface ThreadListing {
  sort: ThreadSort;
  /** null for the main pages; a comment id for the rest of its replies. */
  parentId: string | null;
  /** Where a continuation starts (a cut's cursor); null for the main pages. */
  from: string | null;
}

export function listComments(
  debateId: string,
  listing: ThreadListing,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ListCommentsResponse> {
  const params = new URLSearchParams({ sort: listing.sort });
  if (listing.parentId) params.set('parent', listing.parentId);
  if (cursor) params.set('cursor', cursor);
  const path = `/api/debates/${encodeURIComponent(debateId)}/comments?${params}`;
  return fetchJson(path, ListCommentsResponseSchema, signal);
}

/** Every thread query of a debate sits under this key, so the anchor index can find them all. */
export function threadQueryPrefix(debateId: string) {
  return [...debateOptions(debateId).queryKey, 'thread'] as const;
}

export function commentsOptions(debateId: string, listing: ThreadListing) {
  return infiniteQueryOptions({
    queryKey: [...threadQueryPrefix(debateId), 'pages', listing] as const,
    queryFn: ({ pageParam, signal }) => listComments(debateId, listing, pageParam, signal),
    initialPageParam: listing.from,
    getNextPageParam: (last: ListCommentsResponse) => last.nextCursor,
  });
}

export function useComments(debateId: string, listing: ThreadListing) {
  return useInfiniteQuery(commentsOptions(debateId, listing));
}

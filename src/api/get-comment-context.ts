// GET /api/debates/:id/comments/:commentId/context: a comment with its ancestors, so a permalink
// can show it in place before the pages around it are loaded.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { AnchorSchema } from '../domain/model';
import { ThreadCommentSchema } from '../domain/thread-page';
import { fetchJson } from './fetch-json';
import { threadQueryPrefix } from './list-comments';

export const GetCommentContextResponseSchema = z.object({
  anchors: z.array(AnchorSchema),
  comments: z.array(ThreadCommentSchema),
});
export type GetCommentContextResponse = z.infer<typeof GetCommentContextResponseSchema>;

export function commentContextOptions(debateId: string, commentId: string) {
  return queryOptions({
    // Under the thread prefix, so the loaded thread (and the anchor index) sees these comments.
    queryKey: [...threadQueryPrefix(debateId), 'comment', commentId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/comments/${encodeURIComponent(commentId)}/context`,
        GetCommentContextResponseSchema,
        signal,
      ),
  });
}

/** Loads a comment's context while `commentId` is set; the thread places what comes back. */
export function useCommentContext(debateId: string, commentId: string | null) {
  return useQuery({
    ...commentContextOptions(debateId, commentId ?? ''),
    enabled: commentId !== null,
  });
}

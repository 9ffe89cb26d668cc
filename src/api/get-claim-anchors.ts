// GET /api/debates/:id/claims/:claimId/anchors: where a claim is said, with the comments that
// say it and their ancestors, so the thread can jump to words not loaded yet.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { AnchorSchema } from '../domain/model';
import { ThreadCommentSchema } from '../domain/thread-page';
import { fetchJson } from './fetch-json';
import { threadQueryPrefix } from './list-comments';

export const GetClaimAnchorsResponseSchema = z.object({
  anchors: z.array(AnchorSchema),
  comments: z.array(ThreadCommentSchema),
});
export type GetClaimAnchorsResponse = z.infer<typeof GetClaimAnchorsResponseSchema>;

export function claimAnchorsOptions(debateId: string, claimId: string) {
  return queryOptions({
    queryKey: [...threadQueryPrefix(debateId), 'claim', claimId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/claims/${encodeURIComponent(claimId)}/anchors`,
        GetClaimAnchorsResponseSchema,
        signal,
      ),
  });
}

/** Loads a claim's context while `claimId` is set; the thread places what comes back. */
export function useClaimAnchors(debateId: string, claimId: string | null) {
  return useQuery({ ...claimAnchorsOptions(debateId, claimId ?? ''), enabled: claimId !== null });
}

// GET /api/debates/:id/claims/:claimId/history: every wording the claim has had, oldest first
// (revision 1 is the wording before its first edit), with who set it and when.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ClaimRevisionSchema } from '../domain/moderation/commands';
import { fetchJson } from './fetch-json';

export const ClaimHistoryResponseSchema = z.object({ revisions: z.array(ClaimRevisionSchema) });
export type ClaimHistoryResponse = z.infer<typeof ClaimHistoryResponseSchema>;

export function claimHistoryPrefix(debateId: string) {
  return ['claim-history', debateId] as const;
}

export function claimHistoryOptions(debateId: string, claimId: string) {
  return queryOptions({
    queryKey: [...claimHistoryPrefix(debateId), claimId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/claims/${encodeURIComponent(claimId)}/history`,
        ClaimHistoryResponseSchema,
        signal,
      ),
  });
}

export function useClaimHistory(debateId: string, claimId: string) {
  return useQuery(claimHistoryOptions(debateId, claimId));
}

// POST /api/debates/:id/merges: the merge as previewed, one event. 422 carries `reasons`; 409
// (a claim changed or was merged since the preview, e.g. by another moderator) carries the
// claims as they are now under `current`, read with mergeConflictOf.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { DebateEventSchema } from '../domain/events';
import type { MergeRequest } from '../domain/merge/merge-request';
import { ClaimSchema, IdSchema } from '../domain/model';
import { isApiError } from './api-error';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { duplicatesPrefix } from './list-duplicates';
import { mergesOptions } from './list-merges';
import { receiveEvent } from './receive-event';

export const MergeClaimsResponseSchema = z.object({ event: DebateEventSchema });
export type MergeClaimsResponse = z.infer<typeof MergeClaimsResponseSchema>;

const MergeConflictBodySchema = z.object({
  current: z.object({
    claims: z.array(ClaimSchema),
    aliases: z.record(IdSchema, IdSchema),
    expected: z.record(IdSchema, z.string()),
  }),
});
export type MergeCurrentAnswer = z.infer<typeof MergeConflictBodySchema>['current'];

/** The claims as they are now, when `error` is a merge's 409; null for any other error. */
export function mergeConflictOf(error: unknown): MergeCurrentAnswer | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = MergeConflictBodySchema.safeParse(error.body);
  return parsed.success ? parsed.data.current : null;
}

/** The 422's reasons, each in words; empty for any other error. */
export function refusalReasons(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const parsed = z.object({ reasons: z.array(z.string()) }).safeParse(error.body);
  return parsed.success ? parsed.data.reasons : [];
}

export function mergeClaims(
  debateId: string,
  request: MergeRequest,
  csrfToken: string | null,
): Promise<MergeClaimsResponse> {
  return sendJson(
    `/api/debates/${encodeURIComponent(debateId)}/merges`,
    { method: 'POST', body: request, csrfToken },
    MergeClaimsResponseSchema,
  );
}

export function useMergeClaims(debateId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'merge'],
    mutationFn: (request: MergeRequest) => mergeClaims(debateId, request, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
    onSuccess: async ({ event }) => {
      void client.invalidateQueries({ queryKey: duplicatesPrefix(debateId) });
      void client.invalidateQueries({ queryKey: mergesOptions(debateId).queryKey });
      await receiveEvent(client, event);
    },
  });
}

// POST /api/debates/:id/merges/:seq/undo: undoes a merge with one event. 409 carries `reasons`,
// each a later change the undo would overwrite (read with refusalReasons from merge-claims).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { DebateEventSchema } from '../domain/events';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { duplicatesPrefix } from './list-duplicates';
import { mergesOptions } from './list-merges';
import { receiveEvent } from './receive-event';

export const UnmergeClaimsResponseSchema = z.object({ event: DebateEventSchema });

export interface UnmergeInput {
  /** The seq of the 'claims.merged' event. */
  seq: number;
  reason?: string;
}

export function unmergeClaims(debateId: string, input: UnmergeInput, csrfToken: string | null) {
  return sendJson(
    `/api/debates/${encodeURIComponent(debateId)}/merges/${input.seq}/undo`,
    { method: 'POST', body: input.reason ? { reason: input.reason } : {}, csrfToken },
    UnmergeClaimsResponseSchema,
  );
}

export function useUnmergeClaims(debateId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'unmerge'],
    mutationFn: (input: UnmergeInput) => unmergeClaims(debateId, input, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
    onSuccess: async ({ event }) => {
      void client.invalidateQueries({ queryKey: duplicatesPrefix(debateId) });
      void client.invalidateQueries({ queryKey: mergesOptions(debateId).queryKey });
      await receiveEvent(client, event);
    },
  });
}

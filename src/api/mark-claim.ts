// POST /api/debates/:id/claims: "This is a claim" on words already said, stating a new claim or
// one already in the map. In the writer's own comment it applies at once (201 with the event);
// anywhere else it becomes a suggestion for moderators (202), which joins the writer's list of
// pending suggestions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type MarkClaim, SuggestionSchema } from '../domain/commands';
import { DebateEventSchema } from '../domain/events';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { suggestionsOptions } from './list-suggestions';
import { receiveEvent } from './receive-event';

/** Either answer: the event of an applied claim, or the stored suggestion. */
export const MarkClaimResponseSchema = z.union([
  z.object({ event: DebateEventSchema }),
  z.object({ suggestion: SuggestionSchema }),
]);
export type MarkClaimResponse = z.infer<typeof MarkClaimResponseSchema>;

export function markClaim(
  debateId: string,
  input: MarkClaim,
  csrfToken: string | null,
): Promise<MarkClaimResponse> {
  return sendJson(
    `/api/debates/${encodeURIComponent(debateId)}/claims`,
    { method: 'POST', body: input, csrfToken },
    MarkClaimResponseSchema,
  );
}

export function useMarkClaim(debateId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'mark-claim'],
    mutationFn: (input: MarkClaim) => markClaim(debateId, input, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
    onSuccess: (answer) => {
      if ('event' in answer) return receiveEvent(client, answer.event);
      return client.invalidateQueries({ queryKey: suggestionsOptions(debateId).queryKey });
    },
  });
}

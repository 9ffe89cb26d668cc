// Deciding a suggested claim ("This is a claim" where the marker may not apply it; the queue is
// suggestion-queue.ts):
//   POST /api/debates/:id/suggestions/:suggestionId/review {decision, reason?}
// Accept answers the event that adds the claim (applied like any write's); decline answers the
// suggestion, kept as declined. Either way the queue and the log are asked again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { SuggestionSchema } from '../domain/commands';
import { DebateEventSchema } from '../domain/events';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { suggestionsOptions } from './list-suggestions';
import { moderationLogOptions } from './moderation-log';
import { receiveEvent } from './receive-event';
import { suggestionQueueOptions } from './suggestion-queue';

export const ReviewSuggestionResponseSchema = z.union([
  z.object({ event: DebateEventSchema }),
  z.object({ suggestion: SuggestionSchema }),
]);

export interface Review {
  suggestionId: string;
  decision: 'accept' | 'decline';
  reason?: string;
}

export function reviewSuggestion(debateId: string, review: Review, csrfToken: string | null) {
  const { suggestionId, decision, reason } = review;
  return sendJson(
    `/api/debates/${encodeURIComponent(debateId)}/suggestions/${encodeURIComponent(suggestionId)}/review`,
    { method: 'POST', body: reason ? { decision, reason } : { decision }, csrfToken },
    ReviewSuggestionResponseSchema,
  );
}

export function useReviewSuggestion(debateId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'review-suggestion'],
    mutationFn: (review: Review) => reviewSuggestion(debateId, review, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
    onSuccess: async (answer) => {
      if ('event' in answer) await receiveEvent(client, answer.event);
      await Promise.all([
        client.invalidateQueries({ queryKey: suggestionQueueOptions(debateId).queryKey }),
        client.invalidateQueries({ queryKey: suggestionsOptions(debateId).queryKey }),
        client.invalidateQueries({ queryKey: moderationLogOptions(debateId).queryKey }),
      ]);
    },
  });
}

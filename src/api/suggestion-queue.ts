// GET /api/debates/:id/moderation/suggestions → {suggestions}: every suggested claim in the
// debate, oldest first, for its moderators (review-suggestions.ts decides them). Kept current
// live: receive-event.ts asks again on each event that changes a suggestion.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SuggestionSchema } from '../domain/commands';
import { fetchJson } from './fetch-json';

export const SuggestionQueueResponseSchema = z.object({
  suggestions: z.array(SuggestionSchema),
});

export function suggestionQueueOptions(debateId: string) {
  return queryOptions({
    queryKey: ['suggestion-queue', debateId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/moderation/suggestions`,
        SuggestionQueueResponseSchema,
        signal,
      ),
  });
}

export function useSuggestionQueue(debateId: string, enabled: boolean) {
  return useQuery({ ...suggestionQueueOptions(debateId), enabled });
}

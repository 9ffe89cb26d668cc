// GET /api/debates/:id/suggestions: the claims the signed-in reader marked where they may not
// apply them (the post, others' comments), with their status. Only asked while signed in.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SuggestionSchema } from '../domain/commands';
import { fetchJson } from './fetch-json';
import { useCurrentUser } from './get-session';

export const ListSuggestionsResponseSchema = z.object({ suggestions: z.array(SuggestionSchema) });
export type ListSuggestionsResponse = z.infer<typeof ListSuggestionsResponseSchema>;

export function suggestionsOptions(debateId: string) {
  return queryOptions({
    queryKey: ['suggestions', debateId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/suggestions`,
        ListSuggestionsResponseSchema,
        signal,
      ),
  });
}

export function useMySuggestions(debateId: string) {
  const user = useCurrentUser();
  return useQuery({ ...suggestionsOptions(debateId), enabled: user !== null });
}

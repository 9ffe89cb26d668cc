// GET /api/debates/:id: what opening a debate needs, without its comments (they come in pages,
// list-comments.ts): the post, every claim and relation, the post's anchors, the comment count.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type DebateOverview, DebateOverviewSchema } from '../domain/model';
import { fetchJson } from './fetch-json';

export const GetDebateResponseSchema = z.object({ debate: DebateOverviewSchema });
export type GetDebateResponse = z.infer<typeof GetDebateResponseSchema>;

/**
 * The debate as the views get it. `comments` is always empty (comments arrive in pages); it is
 * typed `never[]` so views written against the whole Debate still accept this object.
 */
export type LoadedDebate = DebateOverview & { comments: never[] };

export function getDebate(id: string, signal?: AbortSignal): Promise<GetDebateResponse> {
  return fetchJson(`/api/debates/${encodeURIComponent(id)}`, GetDebateResponseSchema, signal);
}

export function debateOptions(id: string) {
  return queryOptions({
    queryKey: ['debates', id] as const,
    queryFn: ({ signal }) => getDebate(id, signal),
    select: (response): LoadedDebate => toLoaded(response.debate),
  });
}

// select runs on every render; caching by the response keeps the result identical until the
// data changes, which memoised indexes downstream rely on.
const loaded = new WeakMap<DebateOverview, LoadedDebate>();
function toLoaded(debate: DebateOverview): LoadedDebate {
  let result = loaded.get(debate);
  if (!result) {
    result = { ...debate, comments: [] };
    loaded.set(debate, result);
  }
  return result;
}

export function useDebate(id: string) {
  return useQuery(debateOptions(id));
}

// GET /api/debates/:id: one debate with its post, comments, claims, relations and anchors.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { DebateSchema } from '../domain/model';
import { fetchJson } from './fetch-json';

export const GetDebateResponseSchema = z.object({ debate: DebateSchema });
export type GetDebateResponse = z.infer<typeof GetDebateResponseSchema>;

export function getDebate(id: string, signal?: AbortSignal): Promise<GetDebateResponse> {
  return fetchJson(`/api/debates/${encodeURIComponent(id)}`, GetDebateResponseSchema, signal);
}

export function debateOptions(id: string) {
  return queryOptions({
    queryKey: ['debates', id] as const,
    queryFn: ({ signal }) => getDebate(id, signal),
    select: (response) => response.debate,
  });
}

export function useDebate(id: string) {
  return useQuery(debateOptions(id));
}

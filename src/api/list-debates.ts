// GET /api/debates: the debates a reader can open.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { DebateSummarySchema } from '../domain/model';
import { fetchJson } from './fetch-json';

export const ListDebatesResponseSchema = z.object({ debates: z.array(DebateSummarySchema) });
export type ListDebatesResponse = z.infer<typeof ListDebatesResponseSchema>;

export function listDebates(signal?: AbortSignal): Promise<ListDebatesResponse> {
  return fetchJson('/api/debates', ListDebatesResponseSchema, signal);
}

export function debatesListOptions() {
  return queryOptions({
    queryKey: ['debates'] as const,
    queryFn: ({ signal }) => listDebates(signal),
  });
}

export function useDebatesList() {
  return useQuery(debatesListOptions());
}

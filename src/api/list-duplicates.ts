// GET /api/debates/:id/duplicates: likely-duplicate claims, grouped and ranked, for the
// debate's moderators, a page of groups at a time. A big debate's list is built on the server in
// the background: until it is done the answer says "building" with its progress (HTTP 202), and
// the query asks again every BUILDING_POLL_MS. Asked only while the duplicates panel is open.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { IdSchema } from '../domain/model';
import { fetchJson } from './fetch-json';

const PairSchema = z.object({ a: IdSchema, b: IdSchema, score: z.number() });

export const DuplicateGroupSchema = z.object({
  /** All the group's claims, or the first 50 (its strongest pairs' first) when it has more. */
  ids: z.array(IdSchema).min(2),
  /** Claims in the whole group. */
  size: z.number().int().min(2),
  score: z.number(),
  /** Its strongest pairs, at most 20. */
  pairs: z.array(PairSchema),
  pairCount: z.number().int().nonnegative(),
});
export type DuplicateGroupAnswer = z.infer<typeof DuplicateGroupSchema>;

export const ListDuplicatesResponseSchema = z.object({
  seq: z.number().int().nonnegative(),
  threshold: z.number(),
  claimCount: z.number().int().nonnegative(),
  status: z.enum(['ready', 'building']),
  /** While building: indexing the claims, then comparing each with the others. */
  progress: z
    .object({
      phase: z.enum(['indexing', 'comparing']),
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    })
    .optional(),
  /** Groups in the whole list (found so far, while building). */
  groupCount: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  groups: z.array(DuplicateGroupSchema),
});
export type ListDuplicatesResponse = z.infer<typeof ListDuplicatesResponseSchema>;

/** How often a list still being built is asked for again. */
export const BUILDING_POLL_MS = 1000;

/** Every duplicates query of the debate, whatever seq or page it was asked at. */
export function duplicatesPrefix(debateId: string) {
  return ['debates', debateId, 'duplicates'] as const;
}

/** Groups per page of the panel. */
export const DUPLICATE_PAGE_SIZE = 20;

/** Keyed by the debate's seq, so any change to the debate (live or one's own) asks again. */
export function duplicatesOptions(debateId: string, seq: number, offset: number) {
  return queryOptions({
    queryKey: [...duplicatesPrefix(debateId), seq, offset] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/duplicates?offset=${offset}&limit=${DUPLICATE_PAGE_SIZE}`,
        ListDuplicatesResponseSchema,
        signal,
      ),
    refetchInterval: (query) =>
      query.state.data?.status === 'building' ? BUILDING_POLL_MS : false,
  });
}

/** One page of groups, strongest first from `offset`. */
export function useDuplicates(debateId: string, seq: number, offset: number, enabled: boolean) {
  // The last list stays on screen while the next seq's is asked.
  return useQuery({
    ...duplicatesOptions(debateId, seq, offset),
    enabled,
    placeholderData: keepPreviousData,
  });
}

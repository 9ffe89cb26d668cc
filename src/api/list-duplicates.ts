// GET /api/debates/:id/duplicates: likely-duplicate claims, grouped and ranked, for the
// debate's moderators. Asked only while the duplicates panel is open.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { IdSchema } from '../domain/model';
import { fetchJson } from './fetch-json';

const PairSchema = z.object({ a: IdSchema, b: IdSchema, score: z.number() });

export const DuplicateGroupSchema = z.object({
  ids: z.array(IdSchema).min(2),
  score: z.number(),
  pairs: z.array(PairSchema),
});
export type DuplicateGroupAnswer = z.infer<typeof DuplicateGroupSchema>;

export const ListDuplicatesResponseSchema = z.object({
  seq: z.number().int().nonnegative(),
  threshold: z.number(),
  claimCount: z.number().int().nonnegative(),
  groups: z.array(DuplicateGroupSchema),
  /** Why no list was computed (too many claims), when it was not. */
  notComputed: z.string().optional(),
});
export type ListDuplicatesResponse = z.infer<typeof ListDuplicatesResponseSchema>;

/** Every duplicates query of the debate, whatever seq it was asked at. */
export function duplicatesPrefix(debateId: string) {
  return ['debates', debateId, 'duplicates'] as const;
}

/** Keyed by the debate's seq, so any change to the debate (live or one's own) asks again. */
export function duplicatesOptions(debateId: string, seq: number) {
  return queryOptions({
    queryKey: [...duplicatesPrefix(debateId), seq] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/duplicates`,
        ListDuplicatesResponseSchema,
        signal,
      ),
  });
}

export function useDuplicates(debateId: string, seq: number, enabled: boolean) {
  // The last list stays on screen while the next seq's is asked.
  return useQuery({
    ...duplicatesOptions(debateId, seq),
    enabled,
    placeholderData: keepPreviousData,
  });
}

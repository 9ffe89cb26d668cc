// The merges of a debate that still stand, read from the moderation log
// (GET /api/debates/:id/moderation/log, moderators only): what a survivor's "Merged from: …"
// offers to unmerge. A merge already unmerged merged nothing into the claim any more, so it is
// left out rather than listed with "already unmerged". Its own query (not the log panel's) so it can be asked for one claim's
// details without drawing the whole log.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Id } from '../domain/model';
import { fetchJson } from './fetch-json';
import { ModerationLogResponseSchema } from './moderation-log';

export interface MergeEntry {
  seq: number;
  /** The claim the merge kept (the log entry's survivorId). */
  survivorId: Id;
  at: string;
  by: string | null;
  reason: string | null;
  /**
   * Why it cannot be undone (a later merge into the same claim must be unmerged first, or
   * another moderator unmerged it since), or null when it can be tried.
   */
  blocked: string | null;
}

export function mergesOptions(debateId: string) {
  return queryOptions({
    queryKey: ['debates', debateId, 'merges'] as const,
    queryFn: async ({ signal }): Promise<MergeEntry[]> => {
      const log = await fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/moderation/log`,
        ModerationLogResponseSchema,
        signal,
      );
      const unmerged = new Set(
        log.entries.flatMap((e) => (e.type === 'claims.unmerged' && e.undoes ? [e.undoes] : [])),
      );
      return log.entries.flatMap((entry) => {
        const { survivorId } = entry;
        if (entry.type !== 'claims.merged' || survivorId === null) return [];
        if (unmerged.has(entry.seq)) return [];
        return [
          {
            seq: entry.seq,
            survivorId,
            at: entry.at,
            by: entry.actor?.name ?? null,
            reason: entry.reason,
            blocked: entry.undo.ok ? null : entry.undo.reason,
          },
        ];
      });
    },
    staleTime: 0,
  });
}

/** The merges into `claimId`, newest first; asked only when `enabled` (a moderator). */
export function useMergesInto(debateId: string, claimId: Id, enabled: boolean) {
  return useQuery({
    ...mergesOptions(debateId),
    enabled,
    select: (entries) => entries.filter((e) => e.survivorId === claimId),
  });
}

// The merges of a debate that can still be undone, read from the moderation log
// (GET /api/debates/:id/moderation/log, moderators only): what a survivor's "Merged from: …"
// offers to unmerge. Its own query (not the log panel's) so it can be asked for one claim's
// details without drawing the whole log.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Id } from '../domain/model';
import { fetchJson } from './fetch-json';

const LogEntrySchema = z.object({
  seq: z.number().int().positive(),
  type: z.string(),
  at: z.string(),
  actor: z.object({ name: z.string().nullable() }).nullable(),
  reason: z.string().nullable(),
  summary: z.string(),
  undo: z.union([
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), reason: z.string() }),
  ]),
});
const LogSchema = z.object({ entries: z.array(LogEntrySchema) });

export interface MergeEntry {
  seq: number;
  /** The claim the merge kept (from the log's summary, 'Merged 2 claims into "id"'). */
  survivorId: Id;
  at: string;
  by: string | null;
  reason: string | null;
  /** Why it cannot be undone (already unmerged), or null when it can be tried. */
  blocked: string | null;
}

const INTO = /into "([a-z0-9][a-z0-9-]*)"/;

export function mergesOptions(debateId: string) {
  return queryOptions({
    queryKey: ['debates', debateId, 'merges'] as const,
    queryFn: async ({ signal }): Promise<MergeEntry[]> => {
      const log = await fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/moderation/log`,
        LogSchema,
        signal,
      );
      return log.entries.flatMap((entry) => {
        const survivorId = entry.type === 'claims.merged' ? INTO.exec(entry.summary)?.[1] : null;
        if (!survivorId) return [];
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

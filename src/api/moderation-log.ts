// GET /api/debates/:id/moderation/log: who did what, when and why, newest first, each entry with
// the path that undoes it or the reason it cannot be undone. POST that path undoes the entry
// (a moderation or a merge); a later change that stands in the way comes back as 409 with the
// server's reason, which the log shows on the entry.
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import { EventTypeSchema } from '../domain/events';
import { IdSchema } from '../domain/model';
import { WriteEventResponseSchema } from './add-comment';
import { claimHistoryPrefix } from './claim-history';
import { fetchJson, sendJson } from './fetch-json';
import { debateOptions } from './get-debate';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { receiveEvent } from './receive-event';

export const UndoStateSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), method: z.literal('POST'), path: z.string() }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

export const ModerationLogEntrySchema = z.object({
  seq: z.number().int().positive(),
  type: EventTypeSchema,
  at: z.string(),
  actor: z.object({ id: IdSchema, name: z.string().nullable() }).nullable(),
  reason: z.string().nullable(),
  undoes: z.number().int().positive().nullable(),
  /** What the entry acted on, by id: read these, never the summary (it is for people). */
  targets: z.object({
    claims: z.array(IdSchema),
    comments: z.array(IdSchema),
    relations: z.array(IdSchema),
  }),
  /** The claim a merge kept; null for every other entry. */
  survivorId: IdSchema.nullable(),
  summary: z.string(),
  undo: UndoStateSchema,
});
export type ModerationLogEntry = z.infer<typeof ModerationLogEntrySchema>;

export const ModerationLogResponseSchema = z.object({
  entries: z.array(ModerationLogEntrySchema),
});

/**
 * The log as of the debate's `seq`; without one, the key every log of the debate starts with
 * (for invalidation).
 */
export function moderationLogOptions(debateId: string, seq?: number) {
  return queryOptions({
    queryKey: (seq === undefined
      ? ['moderation-log', debateId]
      : ['moderation-log', debateId, seq]) as readonly unknown[],
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/moderation/log`,
        ModerationLogResponseSchema,
        signal,
      ),
  });
}

/**
 * Keyed by the debate's seq as this page holds it, so another moderator's entry (which arrives
 * as an event on the stream) brings the log up to date; the last answer shows meanwhile.
 */
export function useModerationLog(debateId: string, enabled: boolean) {
  const seq = useQuery({ ...debateOptions(debateId), enabled: false }).data?.seq ?? 0;
  return useQuery({
    ...moderationLogOptions(debateId, seq),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The undo path must be this debate's own, so a log entry cannot make the client post elsewhere. */
function undoPath(debateId: string, path: string): string {
  const prefix = `/api/debates/${encodeURIComponent(debateId)}/`;
  if (!path.startsWith(prefix) || !/\/\d+\/undo$/.test(path)) {
    throw new Error(`Not an undo path of this debate: ${path}`);
  }
  return path;
}

export function undoEntry(
  debateId: string,
  path: string,
  reason: string,
  csrfToken: string | null,
) {
  return sendJson(
    undoPath(debateId, path),
    { method: 'POST', body: reason.trim() === '' ? {} : { reason }, csrfToken },
    WriteEventResponseSchema,
  );
}

export function useUndoEntry(debateId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'undo'],
    mutationFn: ({ path, reason = '' }: { path: string; reason?: string }) =>
      undoEntry(debateId, path, reason, csrf()),
    onError: (error) => {
      recheckSessionAfter(client, error);
      // A 409 means the log is out of date: ask for it again, so the entry says what blocks it.
      void client.invalidateQueries({ queryKey: moderationLogOptions(debateId).queryKey });
    },
    onSuccess: async (answer) => {
      await receiveEvent(client, answer.event);
      await Promise.all([
        client.invalidateQueries({ queryKey: moderationLogOptions(debateId).queryKey }),
        client.invalidateQueries({ queryKey: claimHistoryPrefix(debateId) }),
      ]);
    },
  });
}

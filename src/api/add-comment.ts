// POST /api/debates/:id/comments: a reply to the post or a comment, or a reply to a claim (which
// also creates the claim, the relation and the anchor). Optimistic: the comment shows at once,
// marked as sending, where it will go; on failure it goes away and the error is the caller's to
// show, with the writer's text still in the composer.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { NewComment } from '../domain/commands';
import { type DebateEvent, DebateEventSchema } from '../domain/events';
import type { ThreadComment } from '../domain/thread-page';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, sessionOptions } from './get-session';
import { threadQueryPrefix } from './list-comments';
import { receiveEvent } from './receive-event';
import type { ThreadChunk } from './thread-cache';

export const WriteEventResponseSchema = z.object({ event: DebateEventSchema });
export type WriteEventResponse = z.infer<typeof WriteEventResponseSchema>;

export function addComment(
  debateId: string,
  input: NewComment,
  csrfToken: string | null,
): Promise<WriteEventResponse> {
  return sendJson(
    `/api/debates/${encodeURIComponent(debateId)}/comments`,
    { method: 'POST', body: input, csrfToken },
    WriteEventResponseSchema,
  );
}

export interface AddCommentVariables {
  input: NewComment;
  /**
   * Where the comment shows while it is sent: the comment it answers (loaded in the thread), or
   * null for the top of the thread. For a reply to a claim the server decides; this is the
   * client's guess from the claim's anchors.
   */
  showUnder: ThreadComment | null;
}

/** Comments being sent live in their own query under the thread prefix, so the thread lists them. */
export function sendingQueryKey(debateId: string) {
  return [...threadQueryPrefix(debateId), 'sending'] as const;
}

const SENDING_PREFIX = 'sending-';

export function isSending(comment: { id: string }): boolean {
  return comment.id.startsWith(SENDING_PREFIX);
}

export function useAddComment(debateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['debates', debateId, 'add-comment'],
    mutationFn: (variables: AddCommentVariables) =>
      addComment(debateId, variables.input, csrfOf(client)),
    onMutate: (variables) => {
      const author = client.getQueryData(sessionOptions().queryKey)?.user?.name ?? null;
      const comment = sendingComment(variables, author);
      updateSending(client, debateId, (list) => [...list, comment]);
      return { sendingId: comment.id };
    },
    // Resolves once the touched thread queries have refetched, so the real comment replaces the
    // sending one with no gap in between.
    onSuccess: ({ event }) => receiveEvent(client, event),
    onError: (error) => recheckSessionAfter(client, error),
    onSettled: (_data, _error, _variables, context) => {
      if (context)
        updateSending(client, debateId, (list) => list.filter((c) => c.id !== context.sendingId));
    },
  });
}

function csrfOf(client: QueryClient): string | null {
  return client.getQueryData(sessionOptions().queryKey)?.csrfToken ?? null;
}

function updateSending(
  client: QueryClient,
  debateId: string,
  change: (comments: ThreadComment[]) => ThreadComment[],
) {
  client.setQueryData<ThreadChunk>(sendingQueryKey(debateId), (data) => ({
    comments: change(data?.comments ?? []),
    anchors: [],
  }));
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/**
 * The comment as it will look, placed where the thread will put it: right after the answered
 * comment's replies when oldest first, right after the comment when newest first (halfway
 * places sort between the server's whole ones). A reply to the post shows at the top, where
 * its writer is looking, until the thread refetches it into its place.
 */
export function sendingComment(
  variables: AddCommentVariables,
  author: string | null,
): ThreadComment {
  const { input, showUnder: parent } = variables;
  const id = `${SENDING_PREFIX}${randomSuffix()}`;
  const reply = input.reply;
  const thread = parent
    ? {
        rootId: parent.thread.rootId,
        depth: parent.thread.depth + 1,
        replyCount: 0,
        threadReplyCount: 0,
        oldest: {
          rootRank: parent.thread.oldest.rootRank,
          pos: parent.thread.oldest.pos + parent.thread.replyCount + 0.5,
        },
        newest: { rootRank: parent.thread.newest.rootRank, pos: parent.thread.newest.pos + 0.5 },
      }
    : {
        rootId: id,
        depth: 0,
        replyCount: 0,
        threadReplyCount: 0,
        oldest: { rootRank: -1, pos: 0 },
        newest: { rootRank: -1, pos: 0 },
      };
  return {
    id,
    parentId: parent?.id ?? null,
    author,
    createdAt: new Date().toISOString(),
    body: input.body,
    visibility: 'visible',
    order: 0,
    version: 1,
    ...(reply ? { target: { claimId: reply.targetClaimId, stance: reply.stance } } : {}),
    thread,
  };
}

/** The claim a successful reply to a claim stated: the new claim, or the existing one it linked. */
export function claimOfReply(input: NewComment, event: DebateEvent): string | null {
  const point = input.reply?.point;
  if (!point) return null;
  if (point.kind === 'existing') return point.claimId;
  return event.upsert.claims[0]?.id ?? null;
}

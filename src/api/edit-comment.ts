// PATCH /api/debates/:id/comments/:commentId: the author's edit, naming the version they edited.
// Optimistic: the new text shows at once and goes back on failure. When someone (the author in
// another tab) changed the comment first, the server answers 409 with the comment as it is now,
// and conflictingComment reads it so the writer can compare and apply their text again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditComment } from '../domain/commands';
import { type Comment, CommentSchema } from '../domain/model';
import { type WriteEventResponse, WriteEventResponseSchema } from './add-comment';
import { isApiError } from './api-error';
import { changeCommentInThread, restoreThread } from './comment-snapshot';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { receiveEvent } from './receive-event';

export function commentPath(debateId: string, commentId: string): string {
  return `/api/debates/${encodeURIComponent(debateId)}/comments/${encodeURIComponent(commentId)}`;
}

export function editComment(
  debateId: string,
  commentId: string,
  input: EditComment,
  csrfToken: string | null,
): Promise<WriteEventResponse> {
  return sendJson(
    commentPath(debateId, commentId),
    { method: 'PATCH', body: input, csrfToken },
    WriteEventResponseSchema,
  );
}

/** The comment as it is now, from a 409 answer; null for any other error. */
export function conflictingComment(error: unknown): Comment | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('current' in body)) return null;
  const parsed = CommentSchema.safeParse(body.current);
  return parsed.success ? parsed.data : null;
}

export function useEditComment(debateId: string, commentId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'edit-comment', commentId],
    mutationFn: (input: EditComment) => editComment(debateId, commentId, input, csrf()),
    onMutate: (input) => ({
      snapshot: changeCommentInThread(client, debateId, commentId, (c) => ({
        ...c,
        body: input.body,
        editedAt: new Date().toISOString(),
      })),
    }),
    onError: (error, _input, context) => {
      if (context) restoreThread(client, context.snapshot);
      recheckSessionAfter(client, error);
      // The comment changed elsewhere: show the version the server has now.
      const current = conflictingComment(error);
      if (current) {
        changeCommentInThread(client, debateId, commentId, (c) => ({
          ...current,
          thread: c.thread,
        }));
      }
    },
    onSuccess: ({ event }) => receiveEvent(client, event),
  });
}

// DELETE /api/debates/:id/comments/:commentId?version=N: the author's deletion. The comment
// stays as "[deleted]" with its replies and claims; optimistic, put back on failure.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type WriteEventResponse, WriteEventResponseSchema } from './add-comment';
import { changeCommentInThread, restoreThread } from './comment-snapshot';
import { commentPath } from './edit-comment';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { receiveEvent } from './receive-event';

export function deleteComment(
  debateId: string,
  commentId: string,
  version: number,
  csrfToken: string | null,
): Promise<WriteEventResponse> {
  return sendJson(
    `${commentPath(debateId, commentId)}?version=${version}`,
    { method: 'DELETE', csrfToken },
    WriteEventResponseSchema,
  );
}

export function useDeleteComment(debateId: string, commentId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'delete-comment', commentId],
    mutationFn: (version: number) => deleteComment(debateId, commentId, version, csrf()),
    onMutate: () => ({
      snapshot: changeCommentInThread(client, debateId, commentId, (c) => ({
        ...c,
        visibility: 'deleted',
        body: '',
      })),
    }),
    onError: (error, _version, context) => {
      if (context) restoreThread(client, context.snapshot);
      recheckSessionAfter(client, error);
    },
    onSuccess: ({ event }) => receiveEvent(client, event),
  });
}

// The curation writes (issue 5), each one event with the moderator's reason:
//   PATCH /api/debates/:id/claims/:claimId           {text, reason?}
//   PATCH /api/debates/:id/relations/:relationId     {kind?, to?, reason?}
//   PUT   /api/debates/:id/{comments|claims}/:id/hidden {hidden, reason}
// The answer's event goes through receiveEvent like any write's; the log and the claim's
// history are asked again, since both grew by this entry.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RelationKind } from '../domain/model';
import { type WriteEventResponse, WriteEventResponseSchema } from './add-comment';
import { claimHistoryPrefix } from './claim-history';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';
import { moderationLogOptions } from './moderation-log';
import { receiveEvent } from './receive-event';

const debatePath = (debateId: string) => `/api/debates/${encodeURIComponent(debateId)}`;

export interface EditWording {
  claimId: string;
  text: string;
  reason?: string;
}
export interface EditRelation {
  relationId: string;
  kind?: RelationKind;
  to?: string;
  reason?: string;
}
export interface SetHidden {
  what: 'comments' | 'claims';
  id: string;
  hidden: boolean;
  reason: string;
}

export function editClaimWording(debateId: string, input: EditWording, csrfToken: string | null) {
  const { claimId, ...body } = input;
  return sendJson(
    `${debatePath(debateId)}/claims/${encodeURIComponent(claimId)}`,
    { method: 'PATCH', body, csrfToken },
    WriteEventResponseSchema,
  );
}

export function editRelation(debateId: string, input: EditRelation, csrfToken: string | null) {
  const { relationId, ...body } = input;
  return sendJson(
    `${debatePath(debateId)}/relations/${encodeURIComponent(relationId)}`,
    { method: 'PATCH', body, csrfToken },
    WriteEventResponseSchema,
  );
}

export function setHidden(debateId: string, input: SetHidden, csrfToken: string | null) {
  const { what, id, hidden, reason } = input;
  const body = hidden || reason.trim() !== '' ? { hidden, reason } : { hidden };
  return sendJson(
    `${debatePath(debateId)}/${what}/${encodeURIComponent(id)}/hidden`,
    { method: 'PUT', body, csrfToken },
    WriteEventResponseSchema,
  );
}

/** After any moderation write: the event into the cache, the log and histories asked again. */
export async function moderationDone(
  client: QueryClient,
  debateId: string,
  answer: WriteEventResponse,
): Promise<void> {
  await receiveEvent(client, answer.event);
  await Promise.all([
    client.invalidateQueries({ queryKey: moderationLogOptions(debateId).queryKey }),
    client.invalidateQueries({ queryKey: claimHistoryPrefix(debateId) }),
  ]);
}

function useModeration<I>(
  debateId: string,
  name: string,
  send: (debateId: string, input: I, csrf: string | null) => Promise<WriteEventResponse>,
) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, name],
    mutationFn: (input: I) => send(debateId, input, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
    onSuccess: (answer) => moderationDone(client, debateId, answer),
  });
}

export const useEditClaimWording = (debateId: string) =>
  useModeration(debateId, 'edit-claim', editClaimWording);
export const useEditRelation = (debateId: string) =>
  useModeration(debateId, 'edit-relation', editRelation);
export const useSetHidden = (debateId: string) => useModeration(debateId, 'set-hidden', setHidden);

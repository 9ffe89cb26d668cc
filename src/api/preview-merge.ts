// POST /api/debates/:id/merges/preview: what merging claims would do (the surviving wording,
// what moves, every conflict and how it is resolved), writing nothing. A mutation in React
// Query's terms only because it is a POST with a body; each change of the request asks again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { MergeRequest } from '../domain/merge/merge-request';
import {
  AnchorSourceSchema,
  ClaimSchema,
  IdSchema,
  RelationKindSchema,
  StanceSchema,
} from '../domain/model';
import { sendJson } from './fetch-json';
import { recheckSessionAfter, useCsrfToken } from './get-session';

const Ends = z.object({ from: IdSchema, to: IdSchema });

export const MergeConflictSchema = z.object({
  kind: z.enum(['self-relation', 'duplicate', 'opposite-stances', 'cycle']),
  relationIds: z.array(IdSchema),
  resolution: z.enum(['dropped', 'kept-one', 'chosen', 'kept', 'unresolved']),
  keptId: IdSchema.optional(),
  message: z.string(),
});
export type MergeConflictAnswer = z.infer<typeof MergeConflictSchema>;

export const MergePreviewSchema = z.object({
  survivor: ClaimSchema,
  mergedAway: z.array(ClaimSchema),
  phrasingsAdded: z.array(z.string()),
  moves: z.object({
    relations: z.array(
      z.object({ id: IdSchema, kind: RelationKindSchema, before: Ends, after: Ends }),
    ),
    anchors: z.array(
      z.object({
        id: IdSchema,
        fromClaimId: IdSchema,
        exact: z.string(),
        source: AnchorSourceSchema,
      }),
    ),
    replies: z.array(
      z.object({ commentId: IdSchema, fromClaimId: IdSchema, stance: StanceSchema }),
    ),
  }),
  droppedRelationIds: z.array(IdSchema),
  conflicts: z.array(MergeConflictSchema),
  blocking: z.array(z.string()),
  expected: z.record(IdSchema, z.string()),
});
export type MergePreviewAnswer = z.infer<typeof MergePreviewSchema>;

export const PreviewMergeResponseSchema = z.object({ preview: MergePreviewSchema });

export function previewMerge(
  debateId: string,
  request: MergeRequest,
  csrfToken: string | null,
  signal?: AbortSignal,
): Promise<MergePreviewAnswer> {
  return sendJson(
    `/api/debates/${encodeURIComponent(debateId)}/merges/preview`,
    { method: 'POST', body: request, csrfToken, signal },
    PreviewMergeResponseSchema,
  ).then((answer) => answer.preview);
}

export function usePreviewMerge(debateId: string) {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['debates', debateId, 'merge-preview'],
    mutationFn: (request: MergeRequest) => previewMerge(debateId, request, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
  });
}

// The merge dialog's state and requests: the moderator's choices, the preview asked again after
// each change (after a pause while typing new words), and the merge sent with the preview's
// revision tags, so a claim changed meanwhile is a 409 rather than a merge of something unseen.
import { type Dispatch, type SetStateAction, useEffect, useMemo, useState } from 'react';
import { mergeConflictOf, useMergeClaims } from '../../api/merge-claims';
import { usePreviewMerge } from '../../api/preview-merge';
import type { Claim, Id, Relation } from '../../domain/model';
import { useViewActions } from '../../state/hooks';
import {
  formProblem,
  initialForm,
  type MergeForm,
  stanceChoices,
  toMergeRequest,
} from './merge-form';
import { useMergeActions } from './merge-store';

const PREVIEW_PAUSE_MS = 250;

export function useMergeFlow(
  debate: { id: string; claims: readonly Claim[]; relations: readonly Relation[] },
  claimIds: readonly Id[],
) {
  const { mergeClosed, gatheringCleared } = useMergeActions();
  const { claimSelected } = useViewActions();
  const claimsById = useMemo(() => new Map(debate.claims.map((c) => [c.id, c])), [debate.claims]);
  const relationsById = useMemo(
    () => new Map(debate.relations.map((r) => [r.id, r])),
    [debate.relations],
  );
  const [form, setForm] = useState<MergeForm>(() => initialForm(claimIds));
  const preview = usePreviewMerge(debate.id);
  const merge = useMergeClaims(debate.id);
  const stances = stanceChoices(form, preview.data?.conflicts ?? [], relationsById);
  const problem = formProblem(form);
  const request = problem === null ? toMergeRequest(form, stances) : null;
  const requestKey = JSON.stringify(request);
  const { mutate: askPreview } = preview;
  useEffect(() => {
    if (requestKey === 'null') return;
    const timer = setTimeout(() => askPreview(JSON.parse(requestKey)), PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [requestKey, askPreview]);
  const confirm = () => {
    if (!request || !preview.data) return;
    merge.mutate(
      { ...request, expected: preview.data.expected },
      {
        onSuccess: ({ event }) => {
          mergeClosed();
          gatheringCleared();
          const survivor = event.upsert.claims[0];
          if (survivor) claimSelected(survivor.id);
        },
      },
    );
  };
  const ready =
    preview.data !== undefined && preview.data.blocking.length === 0 && !preview.isPending;
  return {
    form,
    setForm: setForm as Dispatch<SetStateAction<MergeForm>>,
    preview,
    merge,
    /** The claims as they are now, after a 409; null otherwise. */
    current: mergeConflictOf(merge.error),
    claimsById,
    problem,
    ready,
    confirm,
  };
}

// The claim a supporting or attacking reply makes: stated in the writer's words (the reply's
// first sentence until edited) or an existing claim found by search, with the link rules'
// refusals shown on the claims they refuse.
import { useMemo } from 'react';
import { buildGraph } from '../../domain/graph';
import type { Claim, Id, Relation, RelationKind } from '../../domain/model';
import { canRelate } from '../../domain/rules';
import { ClaimPicker } from '../../ui/claim-picker';
import { type ClaimReplyDraft, type DraftProblems, wordingOf } from './claim-reply-draft';
import { ChoiceGroup, FieldError, WordingField } from './fields';
import { SimilarClaimWarning, useSimilarClaim } from './similar-claim';

const POINT_KINDS = [
  { value: 'new', label: 'State it in my words' },
  { value: 'existing', label: 'Link to an existing claim' },
] as const;

export function PointFields({
  draft,
  kind,
  targetId,
  claims,
  relations,
  problems,
  disabled,
  onChange,
}: {
  draft: ClaimReplyDraft;
  kind: RelationKind;
  targetId: Id;
  claims: readonly Claim[];
  relations: readonly Relation[];
  problems: DraftProblems;
  disabled: boolean;
  onChange: (patch: Partial<ClaimReplyDraft>) => void;
}) {
  const graph = useMemo(() => buildGraph(claims, relations), [claims, relations]);
  const wording = draft.pointKind === 'new' ? wordingOf(draft) : '';
  const similar = useSimilarClaim(claims, wording, [targetId]);
  const linkable =
    similar !== null && canRelate(graph, { from: similar.id, to: targetId, kind }).ok;
  const chosenText = claims.find((c) => c.id === draft.existingId)?.text ?? '';
  return (
    <fieldset disabled={disabled}>
      <legend>The claim your reply makes</legend>
      <ChoiceGroup
        legend="How"
        name="point"
        options={POINT_KINDS}
        value={draft.pointKind}
        onChange={(pointKind) => onChange({ pointKind })}
        bare
      />
      {draft.pointKind === 'new' ? (
        <WordingField
          label="Claim"
          value={wordingOf(draft)}
          onChange={(claimText) => onChange({ claimText })}
          hint={
            draft.claimText === null
              ? "Taken from your reply's first sentence until you edit it."
              : 'In your words; one neutral sentence reads best in the map.'
          }
          error={problems.claimText}
        />
      ) : null}
      {draft.pointKind === 'new' ? (
        <SimilarClaimWarning
          claim={similar}
          onLink={
            linkable ? (existingId) => onChange({ pointKind: 'existing', existingId }) : undefined
          }
        />
      ) : (
        <>
          <ClaimPicker
            label="Find the claim"
            claims={claims}
            chosen={draft.existingId}
            onChosen={(existingId) => onChange({ existingId })}
            check={(id) => canRelate(graph, { from: id, to: targetId, kind })}
            initialQuery={chosenText}
          />
          <FieldError error={problems.existingId} />
        </>
      )}
    </fieldset>
  );
}

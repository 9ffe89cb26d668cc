// What the chosen words state: a new claim (its wording, the "a similar claim already exists"
// warning, how it relates) or a claim already in the map, found by search or taken from the
// warning's "Link to it instead" ("These words state: …"). Choosing "A new claim" again goes back
// to the wording, which is kept.
import { useEffect, useMemo, useRef } from 'react';
import type { Claim, Id } from '../../domain/model';
import type { Check } from '../../domain/rules';
import { ClaimPicker } from '../../ui/claim-picker';
import { ChoiceGroup, WordingField } from './fields';
import { type MarkForm, type MarkProblems, wordingOfMark } from './mark-draft';
import { RelationFields } from './mark-fields';
import { SimilarClaimWarning, useSimilarClaim } from './similar-claim';

const STATING = [
  { value: 'new', label: 'A new claim, in my words' },
  { value: 'existing', label: 'A claim already in the map' },
] as const;

/** Whether words may be linked to `claim`: the server refuses a hidden one (readers cannot see it). */
export function canStateClaim(claim: Claim | undefined): Check {
  if (!claim) return { ok: false, reason: 'This claim is no longer in the debate.' };
  if (claim.hidden)
    return { ok: false, reason: 'Hidden by a moderator: it cannot take new words.' };
  return { ok: true };
}

export function StatementFields({
  form,
  text,
  claims,
  problems,
  onChange,
}: {
  form: MarkForm;
  /** The source's plain text, where the chosen words are. */
  text: string;
  claims: readonly Claim[];
  problems: MarkProblems;
  onChange: (patch: Partial<MarkForm>) => void;
}) {
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const existing = form.stating === 'existing';
  const similar = useSimilarClaim(claims, existing ? '' : wordingOfMark(form, text));
  const chosen = form.claimId ? byId.get(form.claimId) : undefined;
  // "Link to it instead" removes the button that had focus: focus moves to what it chose.
  const stated = useRef<HTMLParagraphElement>(null);
  const linked = useRef(false);
  useEffect(() => {
    if (!existing || !linked.current) return;
    linked.current = false;
    stated.current?.focus();
  }, [existing]);
  const link = (claimId: Id) => {
    linked.current = true;
    onChange({ stating: 'existing', claimId });
  };
  return (
    <>
      <ChoiceGroup
        legend="What the words state"
        name="stating"
        options={STATING}
        value={form.stating}
        onChange={(stating) => onChange({ stating })}
      />
      {existing ? (
        <>
          <p ref={stated} tabIndex={-1} className="composer__where" aria-live="polite">
            {chosen ? `These words state: “${chosen.text}”` : 'Find the claim these words state.'}
          </p>
          <ClaimPicker
            label="Find the claim these words state"
            claims={claims}
            chosen={form.claimId}
            onChosen={(claimId) => onChange({ claimId })}
            check={(id) => canStateClaim(byId.get(id))}
            initialQuery={chosen?.text ?? ''}
            error={problems.claimId}
          />
        </>
      ) : (
        <>
          <WordingField
            label="The claim, in one sentence"
            value={wordingOfMark(form, text)}
            onChange={(wording) => onChange({ wording })}
            hint={
              form.wording === null
                ? 'The chosen words until you edit it; a neutral sentence reads best in the map.'
                : 'In your words.'
            }
            error={problems.wording}
          />
          <SimilarClaimWarning
            claim={similar}
            onLink={canStateClaim(similar ?? undefined).ok ? link : undefined}
          />
          <RelationFields form={form} claims={claims} problems={problems} onChange={onChange} />
        </>
      )}
    </>
  );
}

// Which wording survives a merge: one of the claims' own, or new words (which the first claim
// takes, its old wording kept as a phrasing).
import type { Claim, Id } from '../../domain/model';
import type { SurvivorChoice } from './merge-form';

export function SurvivorFields({
  claimIds,
  claimsById,
  survivor,
  onChange,
}: {
  claimIds: readonly Id[];
  claimsById: ReadonlyMap<Id, Claim>;
  survivor: SurvivorChoice;
  onChange: (survivor: SurvivorChoice) => void;
}) {
  const newText = survivor.kind === 'text' ? survivor.text : '';
  return (
    <fieldset className="merge-survivor">
      <legend>Which wording survives</legend>
      {claimIds.map((id) => (
        <label key={id} className="choice">
          <input
            type="radio"
            name="merge-survivor"
            checked={survivor.kind === 'keep' && survivor.id === id}
            onChange={() => onChange({ kind: 'keep', id })}
          />
          <span>{claimsById.get(id)?.text ?? `Claim “${id}” (no longer in the map)`}</span>
        </label>
      ))}
      <label className="choice">
        <input
          type="radio"
          name="merge-survivor"
          checked={survivor.kind === 'text'}
          onChange={() => onChange({ kind: 'text', text: newText })}
        />
        <span>New wording</span>
      </label>
      {survivor.kind === 'text' ? (
        <div className="text-field">
          <label htmlFor="merge-new-wording">The merged claim, in one sentence</label>
          <textarea
            id="merge-new-wording"
            rows={2}
            value={survivor.text}
            onChange={(event) => onChange({ kind: 'text', text: event.target.value })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

// Change how a claim relates to its parent: the stance (supports / attacks) and the claim it
// points to, found by the composer's claim search. The server applies the link rules and says
// why it refuses (a cycle, a missing claim), which is shown as is.
import { useId, useState } from 'react';
import { useEditRelation } from '../../api/moderate';
import type { Claim, Id, Relation, RelationKind } from '../../domain/model';
import type { Check } from '../../domain/rules';
// The composer's search-as-you-type picker, reused so both find claims the same way.
import { ClaimPicker } from '../../ui/claim-picker';
import { Dialog } from '../../ui/dialog';
import { OptionalReason } from './optional-reason';

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function RelationDialog({
  debateId,
  claim,
  relations,
  claims,
  onClose,
}: {
  debateId: string;
  claim: Claim;
  /** The claim's relations to its parents (those `from` it). */
  relations: readonly Relation[];
  claims: readonly Claim[];
  onClose: () => void;
}) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const [relationId, setRelationId] = useState(relations[0]?.id ?? null);
  const relation = relations.find((r) => r.id === relationId) ?? null;
  return (
    <Dialog title="Change a relation" onClose={onClose}>
      {relations.length === 0 ? (
        <p>This claim supports or attacks no other claim.</p>
      ) : (
        <>
          {relations.length > 1 ? (
            <fieldset>
              <legend>Which relation</legend>
              {relations.map((r) => (
                <label key={r.id} className="choice">
                  <input
                    type="radio"
                    name="relation"
                    checked={r.id === relationId}
                    onChange={() => setRelationId(r.id)}
                  />
                  {r.kind} “{shorten(byId.get(r.to)?.text ?? r.to)}”
                </label>
              ))}
            </fieldset>
          ) : null}
          {relation ? (
            <RelationForm
              key={relation.id}
              debateId={debateId}
              claim={claim}
              relation={relation}
              claims={claims}
              targetText={byId.get(relation.to)?.text ?? relation.to}
              onDone={onClose}
            />
          ) : null}
        </>
      )}
    </Dialog>
  );
}

function RelationForm({
  debateId,
  claim,
  relation,
  claims,
  targetText,
  onDone,
}: {
  debateId: string;
  claim: Claim;
  relation: Relation;
  claims: readonly Claim[];
  targetText: string;
  onDone: () => void;
}) {
  const [kind, setKind] = useState<RelationKind>(relation.kind);
  const [to, setTo] = useState<Id | null>(null);
  const [reason, setReason] = useState('');
  const edit = useEditRelation(debateId);
  const id = useId();
  const check = (candidate: Id): Check =>
    candidate === claim.id
      ? { ok: false, reason: 'A claim cannot support or attack itself.' }
      : { ok: true };
  const changed = kind !== relation.kind || (to !== null && to !== relation.to);
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed) return;
        edit.mutate(
          {
            relationId: relation.id,
            ...(kind !== relation.kind ? { kind } : {}),
            ...(to !== null && to !== relation.to ? { to } : {}),
            ...(reason.trim() ? { reason } : {}),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <p>
        Now: it {relation.kind} “{shorten(targetText)}”.
      </p>
      <fieldset>
        <legend>Stance</legend>
        {(['supports', 'attacks'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {k === 'supports' ? 'Supports' : 'Attacks'}
          </label>
        ))}
      </fieldset>
      <ClaimPicker
        label="Find a new target (optional)"
        claims={claims}
        chosen={to}
        onChosen={setTo}
        check={check}
      />
      <OptionalReason
        id={id}
        reason={reason}
        onReason={setReason}
        error={edit.isError ? edit.error : null}
        refusedAs="Not changed"
      />
      <div className="composer__actions">
        <button type="submit" className="button" disabled={edit.isPending || !changed}>
          Save relation
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

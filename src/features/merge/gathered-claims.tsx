// The claims gathered for a merge with "Add to merge", shown while there are any: each can be
// taken out, and two or more open the merge dialog.
import type { Claim, Id } from '../../domain/model';
import { useGatheredClaimIds, useMergeActions } from './merge-store';

export function GatheredClaims({ claimsById }: { claimsById: ReadonlyMap<Id, Claim> }) {
  const gathered = useGatheredClaimIds();
  const { claimUngathered, gatheringCleared, mergeStarted } = useMergeActions();
  const present = gathered.filter((id) => claimsById.has(id));
  if (present.length === 0) return null;
  return (
    <section className="gathered" aria-labelledby="gathered-heading">
      <h2 id="gathered-heading">To merge ({present.length})</h2>
      <ul>
        {present.map((id) => (
          <li key={id}>
            <q>{claimsById.get(id)?.text}</q>{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => claimUngathered(id)}
            >
              Take out<span className="visually-hidden">: {claimsById.get(id)?.text}</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--primary"
        disabled={present.length < 2}
        onClick={() => mergeStarted(present)}
      >
        {present.length < 2 ? 'Add another claim to merge' : `Merge ${present.length} claims…`}
      </button>{' '}
      <button type="button" className="button" onClick={gatheringCleared}>
        Clear
      </button>
    </section>
  );
}

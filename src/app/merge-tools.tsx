// Where the duplicates and merge features meet (features never import each other): the
// moderators' duplicates panel opens the merge dialog on a group, and the claims gathered with
// "Add to merge" show above the thread; a merged-away claim's old link selects its survivor.
import type { Debate } from '../domain/model';
import { DuplicatesPanel } from '../features/duplicates/duplicates-panel';
import { GatheredClaims } from '../features/merge/gathered-claims';
import { useMergeActions } from '../features/merge/merge-store';
import { useLandOnSurvivor } from '../features/merge/use-land-on-survivor';
import { useClaimsById } from '../ui/use-debate-index';

export function MergeTools({ debate }: { debate: Debate }) {
  const { mergeStarted } = useMergeActions();
  const claimsById = useClaimsById(debate.claims);
  // Old links to merged claims (?claim=merged-id) land on the survivor.
  useLandOnSurvivor(debate.claims);
  return (
    <>
      <DuplicatesPanel debate={debate} onMerge={mergeStarted} />
      <GatheredClaims claimsById={claimsById} />
    </>
  );
}

// Where the duplicates and merge features meet (features never import each other): the
// moderators' duplicates panel opens the merge dialog on a group, and the claims gathered with
// "Add to merge" show above the thread. (A merged-away claim's old link selecting its survivor
// is the page's, debate-layout.tsx: it is for every reader, and this is loaded only for accounts.)
import type { Debate } from '../domain/model';
import { DuplicatesPanel } from '../features/duplicates/duplicates-panel';
import { GatheredClaims } from '../features/merge/gathered-claims';
import { useMergeActions } from '../features/merge/merge-store';
import { useClaimsById } from '../ui/use-debate-index';

/** The page passes the loaded overview, whose seq moves with every change to the debate. */
export function MergeTools({ debate }: { debate: Debate & { seq?: number } }) {
  const { mergeStarted } = useMergeActions();
  const claimsById = useClaimsById(debate.claims);
  return (
    <>
      <DuplicatesPanel debate={{ ...debate, seq: debate.seq ?? 0 }} onMerge={mergeStarted} />
      <GatheredClaims claimsById={claimsById} />
    </>
  );
}

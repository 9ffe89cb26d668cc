// "A similar claim already exists": while a commenter writes a new claim's wording, the
// duplicate index (src/domain/duplicates) over the debate's claims looks for one that says the
// same, and offers to link to it instead. The index is loaded on first use (a dynamic import),
// so the debate's first view carries none of it, and built once per set of claims.
import { useEffect, useMemo, useState } from 'react';
import type { Claim, Id } from '../../domain/model';

type DuplicatesModule = typeof import('../../domain/duplicates');

/** Typing pauses this long before the wording is compared. */
const PAUSE_MS = 300;
/** Wordings shorter than this say too little to compare. */
const MIN_WORDS = 3;

function useDuplicatesModule(wanted: boolean): DuplicatesModule | null {
  const [module, setModule] = useState<DuplicatesModule | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void import('../../domain/duplicates').then((loaded) => {
      if (live) setModule(loaded);
    });
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/** The existing claim most like `text`, or null (none alike, too short, or still loading). */
export function useSimilarClaim(
  claims: readonly Claim[],
  text: string,
  exclude: readonly Id[] = [],
): Claim | null {
  const settled = useSettled(text.trim());
  const long = settled.split(/\s+/).filter(Boolean).length >= MIN_WORDS;
  const module = useDuplicatesModule(long);
  const index = useMemo(
    () => (module ? module.createDuplicateIndex(claims.filter((c) => !c.hidden)) : null),
    [module, claims],
  );
  const excludeKey = exclude.join(',');
  return useMemo(() => {
    if (!index || !long) return null;
    const [best] = index.similar(settled, { limit: 1, exclude: excludeKey.split(',') });
    return best ? (claims.find((c) => c.id === best.id) ?? null) : null;
  }, [index, long, settled, excludeKey, claims]);
}

export function SimilarClaimWarning({
  claim,
  onLink,
}: {
  claim: Claim | null;
  /** Switches the form to linking to the existing claim; absent where that is not possible. */
  onLink?: (id: Id) => void;
}) {
  return (
    <div aria-live="polite" className="similar-claim">
      {claim ? (
        <p className="composer__where">
          A similar claim already exists: <q>{claim.text}</q>{' '}
          {onLink ? (
            <button type="button" className="button" onClick={() => onLink(claim.id)}>
              Link to it instead
            </button>
          ) : (
            'A moderator may merge the two.'
          )}
        </p>
      ) : null}
    </div>
  );
}

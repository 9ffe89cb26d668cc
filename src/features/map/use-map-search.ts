// Search in the map: the claims whose words match, in reading order (the map's breadth-first
// order), and which one the reader is on. Stepping selects the match, so the camera centres it
// and unfolds a folded branch to reach it.
import { useMemo, useState } from 'react';
import type { ClaimMap } from '../../domain/build-map';
import { searchClaims, stepMatch } from '../../domain/claim-search';
import type { Claim, Id } from '../../domain/model';
import { useViewActions } from '../../state/hooks';

export interface MapSearch {
  query: string;
  queryChanged: (query: string) => void;
  matches: readonly Id[];
  matchSet: ReadonlySet<Id>;
  current: Id | null;
  /** 1-based position of the current match, 0 when none is current. */
  position: number;
  step: (direction: 1 | -1) => void;
}

function* readingOrder(map: ClaimMap): Generator<Claim> {
  for (const node of map.nodeById.values()) if (node.claim) yield node.claim;
}

export function useMapSearch(map: ClaimMap): MapSearch {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState<Id | null>(null);
  const { claimSelected } = useViewActions();
  const matches = useMemo(() => searchClaims(readingOrder(map), query), [map, query]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const position = current === null ? 0 : matches.indexOf(current) + 1;
  return {
    query,
    queryChanged: (next) => {
      setQuery(next);
      setCurrent(null);
    },
    matches,
    matchSet,
    current: position > 0 ? current : null,
    position,
    step: (direction) => {
      const next = stepMatch(matches, current, direction);
      setCurrent(next);
      if (next) claimSelected(next);
    },
  };
}

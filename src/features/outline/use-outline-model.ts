// The outline's pipeline: graph → the map's spanning tree and the grounded labelling (once per
// change of claims or relations) → the visible rows (again when a branch folds or opens).
import { useMemo } from 'react';
import { buildMap, type ClaimMap } from '../../domain/build-map';
import { buildGraph } from '../../domain/graph';
import { type ClaimStatus, groundedLabelling } from '../../domain/grounded';
import type { Debate, Id } from '../../domain/model';
import { flattenOutline, type Outline } from '../../domain/outline';
import { useCollapsedClaimIds } from '../../state/hooks';

export interface OutlineModel {
  map: ClaimMap;
  statuses: ReadonlyMap<Id, ClaimStatus>;
  outline: Outline;
  collapsed: ReadonlySet<Id>;
  textOf: (id: Id) => string;
}

export function useOutlineModel(debate: Pick<Debate, 'claims' | 'relations'>): OutlineModel {
  const { claims, relations } = debate;
  const base = useMemo(() => {
    const graph = buildGraph(claims, relations);
    const textOf = (id: Id) => graph.claims.get(id)?.text ?? id;
    return { map: buildMap(graph), statuses: groundedLabelling(graph), textOf };
  }, [claims, relations]);
  const collapsed = useCollapsedClaimIds();
  const outline = useMemo(() => flattenOutline(base.map, collapsed), [base.map, collapsed]);
  return { ...base, outline, collapsed };
}

// Under the toolbar: the focus-mode chip (with ✕ to leave it), and for the selected claim its
// status in plain words, its counts, and a button to focus on it.

import type { ReactNode } from 'react';
import type { ClaimStatus } from '../../domain/grounded';
import { explainStatus } from '../../domain/grounded';
import type { Claim, Id } from '../../domain/model';
import { useMapFocusClaimId, useSelectedClaimId, useViewActions } from '../../state/hooks';
import type { MapDebate } from './map-view';
import { OrphanedWords } from './orphaned-words';
import { countsPhrase, STATUS_ICON, shorten } from './status-words';

export function MapDetails({
  debate,
  claimsById,
  statuses,
  claimActions,
}: {
  /** Read for the selected claim's lost words (its anchors that no longer match). */
  debate?: MapDebate;
  claimsById: ReadonlyMap<Id, Claim>;
  statuses: ReadonlyMap<Id, ClaimStatus>;
  /** What the page offers on the selected claim ("Reply to this claim"). */
  claimActions?: (id: Id) => ReactNode;
}) {
  const selectedId = useSelectedClaimId();
  const focusId = useMapFocusClaimId();
  const { focusModeEntered, focusModeLeft } = useViewActions();
  const selected = selectedId ? claimsById.get(selectedId) : undefined;
  const status = selectedId ? statuses.get(selectedId) : undefined;
  const focus = focusId ? claimsById.get(focusId) : undefined;
  if (!selected && !focus) return null;
  const textOf = (id: Id) => claimsById.get(id)?.text ?? id;
  return (
    <div className="map-details">
      {focus ? (
        <p className="map-focus-chip">
          <span>Focus: {shorten(focus.text, 50)}</span>
          <button type="button" onClick={focusModeLeft} aria-label="Leave focus mode">
            ✕
          </button>
        </p>
      ) : null}
      {selected && status ? (
        <p className={`map-details__status map-node__status--${status.label}`}>
          <span aria-hidden="true">{STATUS_ICON[status.label]} </span>
          <span className="map-details__explanation">{explainStatus(status, textOf)}</span>{' '}
          <span className="map-details__counts">({countsPhrase(status)})</span>{' '}
          {focusId !== selected.id ? (
            <button type="button" onClick={() => focusModeEntered(selected.id)}>
              Focus on this claim
            </button>
          ) : null}
          {claimActions ? <> {claimActions(selected.id)}</> : null}
        </p>
      ) : null}
      {selected && debate ? <OrphanedWords debate={debate} claimId={selected.id} /> : null}
    </div>
  );
}

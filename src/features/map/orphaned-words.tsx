// Under the selected claim's details: the words that once stated it and are gone from their
// comment (edited away or deleted). Kept and listed, never dropped, never highlighted at a
// position that now holds other words.
import type { Id } from '../../domain/model';
import { useAnchorIndex } from '../../ui/use-debate-index';
import type { MapDebate } from './map-view';

export function OrphanedWords({ debate, claimId }: { debate: MapDebate; claimId: Id }) {
  const index = useAnchorIndex(debate);
  const orphans = index.orphansByClaim.get(claimId) ?? [];
  if (orphans.length === 0) return null;
  return (
    <div className="map-details__orphans">
      <p className="map-details__orphans-title">Words no longer in the comment:</p>
      <ul>
        {orphans.map((anchor) => (
          <li key={anchor.id}>
            “{anchor.quote.exact}”{anchor.source.kind === 'post' ? ' (once in the post)' : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

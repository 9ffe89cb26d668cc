// One claim in the map: a card the reader can select, with its relation to its parent, its
// other parents as "also under" buttons, and notes for words shared or lost.
import type { LaidOutNode } from '../../domain/layout';
import type { Claim, Id, Relation } from '../../domain/model';
import { RELATION_ICON } from './map-edges';

export interface MapNodeCardProps {
  laid: LaidOutNode;
  width: number;
  height: number;
  claimsById: ReadonlyMap<Id, Claim>;
  selected: boolean;
  hovered: boolean;
  inSelectedComment: boolean;
  saidWithSelected: boolean;
  orphanCount: number;
  /** true when the claim has no parent because several claims share the top of the map. */
  underSyntheticRoot: boolean;
  onSelect: (id: Id) => void;
  onHover: (id: Id | null) => void;
}

export function MapNodeCard(props: MapNodeCardProps) {
  const { laid, width, height, claimsById, selected, onSelect, onHover } = props;
  const { node } = laid;
  const claim = node.claim;
  if (!claim) return null;
  const kind = node.relation?.kind ?? 'root';
  return (
    <li
      className={`map-node map-node--${kind}`}
      style={{ left: laid.x, top: laid.y, width, height }}
      data-selected={selected ? 'true' : undefined}
      data-hovered={props.hovered ? 'true' : undefined}
      data-in-comment={props.inSelectedComment ? 'true' : undefined}
    >
      <button
        type="button"
        className="map-node__main"
        aria-pressed={selected}
        aria-label={`${claim.text} (${relationPhrase(node.relation, claimsById, props.underSyntheticRoot)})`}
        title={claim.text}
        onClick={() => onSelect(claim.id)}
        onMouseEnter={() => onHover(claim.id)}
        onMouseLeave={() => onHover(null)}
      >
        <span className="map-node__kind" aria-hidden="true">
          {node.relation
            ? `${RELATION_ICON[node.relation.kind]} ${capitalise(node.relation.kind)}`
            : 'Main claim'}
        </span>
        <span className="map-node__text">{claim.text}</span>
      </button>
      <NodeNotes {...props} />
    </li>
  );
}

function NodeNotes(props: MapNodeCardProps) {
  const { laid, claimsById, inSelectedComment, saidWithSelected, orphanCount, onSelect } = props;
  const others = laid.node.otherParents;
  if (others.length === 0 && !inSelectedComment && !saidWithSelected && orphanCount === 0) {
    return null;
  }
  return (
    <div className="map-node__notes">
      {inSelectedComment ? <span className="map-node__note">In the selected comment</span> : null}
      {saidWithSelected ? <span className="map-node__note">Also stated here</span> : null}
      {orphanCount > 0 ? (
        <span className="map-node__note map-node__note--warning">
          {orphanCount === 1 ? 'Words not found' : `Words not found (${orphanCount})`}
        </span>
      ) : null}
      {others.map((relation) => (
        <button
          key={relation.id}
          type="button"
          className={`map-node__badge map-edge--${relation.kind}`}
          title={claimsById.get(relation.to)?.text}
          onClick={() => onSelect(relation.to)}
        >
          <span aria-hidden="true">{RELATION_ICON[relation.kind]} </span>
          {`Also ${relation.kind}: ${shorten(claimsById.get(relation.to)?.text ?? relation.to, 40)}`}
        </button>
      ))}
    </div>
  );
}

/** The second half of a claim's accessible name: how it bears on the claim above it. */
function relationPhrase(
  relation: Relation | null,
  claimsById: ReadonlyMap<Id, Claim>,
  underSyntheticRoot: boolean,
): string {
  if (!relation) return underSyntheticRoot ? 'one of the main claims' : 'the main claim';
  const parent = claimsById.get(relation.to)?.text ?? relation.to;
  return `${relation.kind} “${shorten(parent, 60)}”`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

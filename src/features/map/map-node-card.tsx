// One claim in the map: a card the reader can select, saying how it bears on its parent,
// whether it stands (icon + word + counts; the plain-words reason is its description and
// tooltip), a fold toggle for its branch, and its other parents as "also under" buttons.
import { memo, useMemo } from 'react';
import { type ClaimStatus, explainStatus } from '../../domain/grounded';
import type { LaidOutNode } from '../../domain/layout';
import type { Claim, Id } from '../../domain/model';
import {
  capitalise,
  countsPhrase,
  RELATION_ICON,
  relationPhrase,
  STATUS_ICON,
  STATUS_WORD,
  shorten,
} from './status-words';

export interface NodeFlags {
  selected: boolean;
  hovered: boolean;
  inSelectedComment: boolean;
  saidWithSelected: boolean;
  orphanCount: number;
  /** Outside the focused claim's line in focus mode. */
  dimmed: boolean;
  match: 'none' | 'match' | 'current';
  /** The one card in the tab order (roving tabindex). */
  tabbable: boolean;
}

export interface NodeHandlers {
  onSelect: (id: Id) => void;
  onHover: (id: Id | null) => void;
  onToggle: (id: Id, collapse: boolean) => void;
  /** The card got keyboard focus (Tab or a click): it becomes the roving one. */
  onFocusCard: (id: Id) => void;
  /** An "also under" badge: select and centre that parent. */
  onGoTo: (id: Id) => void;
}

export interface MapNodeCardProps extends NodeFlags {
  laid: LaidOutNode;
  width: number;
  height: number;
  claimsById: ReadonlyMap<Id, Claim>;
  status: ClaimStatus | undefined;
  /** true when roots hang under a synthetic root: they are "one of the main claims". */
  underSyntheticRoot: boolean;
  handlers: NodeHandlers;
}

export const MapNodeCard = memo(function MapNodeCard(props: MapNodeCardProps) {
  const { laid, width, height, claimsById, status, handlers } = props;
  const { node } = laid;
  const claim = node.claim;
  const textOf = (id: Id) => claimsById.get(id)?.text ?? id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: textOf reads claimsById, listed.
  const explanation = useMemo(
    () => (status ? explainStatus(status, textOf) : ''),
    [status, claimsById],
  );
  if (!claim) return null;
  const kind = node.relation?.kind ?? 'root';
  const parentText = node.relation ? claimsById.get(node.relation.to)?.text : undefined;
  const statusPart = status ? `; ${STATUS_WORD[status.label]}, ${countsPhrase(status)}` : '';
  // Only moderators are served hidden claims: the card says so, the reason is in the details.
  const hiddenPart = claim.hidden ? '; hidden from readers' : '';
  const name = `${claim.text} (${relationPhrase(node.relation, parentText, props.underSyntheticRoot)}${statusPart}${hiddenPart})`;
  return (
    <li
      className={`map-node map-node--${kind}`}
      style={{ left: laid.x, top: laid.y, width, height }}
      data-claim-id={claim.id}
      data-selected={props.selected ? 'true' : undefined}
      data-hovered={props.hovered ? 'true' : undefined}
      data-in-comment={props.inSelectedComment ? 'true' : undefined}
      data-dimmed={props.dimmed ? 'true' : undefined}
      data-match={props.match === 'none' ? undefined : props.match}
      data-status={status?.label}
      data-hidden={claim.hidden ? 'true' : undefined}
    >
      {/* The relation and status marks sit outside the button: its name says both in words,
          and a button whose visible text is all in its name passes WCAG 2.5.3 (label in name). */}
      <span className="map-node__kind" aria-hidden="true">
        {node.relation
          ? `${RELATION_ICON[node.relation.kind]} ${capitalise(node.relation.kind)}`
          : 'Main claim'}
        {claim.hidden ? ' · Hidden' : ''}
      </span>
      <button
        type="button"
        className="map-node__main"
        tabIndex={props.tabbable ? 0 : -1}
        aria-pressed={props.selected}
        aria-label={name}
        title={explanation || claim.text}
        onClick={() => handlers.onSelect(claim.id)}
        onFocus={() => handlers.onFocusCard(claim.id)}
        onMouseEnter={() => handlers.onHover(claim.id)}
        onMouseLeave={() => handlers.onHover(null)}
      >
        <span className="map-node__text">{claim.text}</span>
      </button>
      {status ? (
        <span className={`map-node__status map-node__status--${status.label}`} aria-hidden="true">
          {`${STATUS_ICON[status.label]} ${STATUS_WORD[status.label]} · +${status.supportCount} −${status.attackCount}`}
        </span>
      ) : null}
      <FoldToggle
        laid={laid}
        text={claim.text}
        tabbable={props.tabbable}
        onToggle={handlers.onToggle}
      />
      <NodeNotes {...props} />
    </li>
  );
});

function FoldToggle({
  laid,
  text,
  tabbable,
  onToggle,
}: {
  laid: LaidOutNode;
  text: string;
  tabbable: boolean;
  onToggle: NodeHandlers['onToggle'];
}) {
  const folded = laid.hiddenChildren > 0;
  if (!folded && laid.node.children.length === 0) return null;
  return (
    <button
      type="button"
      className="map-node__toggle"
      tabIndex={tabbable ? 0 : -1}
      aria-expanded={!folded}
      aria-label={`${folded ? `Expand (${laid.hiddenChildren} hidden)` : 'Collapse'}: ${shorten(text, 40)}`}
      onClick={() => onToggle(laid.id, !folded)}
    >
      {folded ? `▸ ${laid.hiddenChildren}` : '▾'}
    </button>
  );
}

function NodeNotes(props: MapNodeCardProps) {
  const { laid, claimsById, inSelectedComment, saidWithSelected, orphanCount, handlers } = props;
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
      {others.map((relation) => {
        const parent = claimsById.get(relation.to)?.text ?? relation.to;
        return (
          <button
            key={relation.id}
            type="button"
            tabIndex={props.tabbable ? 0 : -1}
            className={`map-node__badge map-edge--${relation.kind}`}
            title={`Also under: ${parent}`}
            onClick={() => handlers.onGoTo(relation.to)}
          >
            <span aria-hidden="true">{RELATION_ICON[relation.kind]} </span>
            {`Also ${relation.kind}: ${shorten(parent, 40)}`}
          </button>
        );
      })}
    </div>
  );
}

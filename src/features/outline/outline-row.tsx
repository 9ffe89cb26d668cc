// What a row shows: a fold toggle, the relation (+ supports, − attacks), the claim, its status
// word and counts, and "also under …". The treeitem is named from this content: the claim's
// words as shown, then the rest of the name in words (relation, status, counts, other parents)
// in a visually hidden span, while the signs and the short status are hidden from screen
// readers. So everything a voice-control user sees to say ("the middle classes…") starts the
// name, and a screen reader hears full sentences instead of "+2 −1". A hidden claim (only
// moderators are served one) says "Hidden" in words after the counts and "Hidden from readers"
// at the end of its name, as the map's card does; the reason is in the selected claim's actions.
import type { ClaimStatus } from '../../domain/grounded';
import type { Id } from '../../domain/model';
import { type OutlineRow, outlineRowName, previewText } from '../../domain/outline';

const STATUS_WORD = { in: 'stands', out: 'rebutted', undecided: 'undecided' } as const;

/** The row's name: the outline's, plus that readers do not see the claim when it is hidden. */
function rowName(row: OutlineRow, status: ClaimStatus | undefined, textOf: (id: Id) => string) {
  const name = outlineRowName(row, status, textOf);
  if (!row.claim.hidden) return name;
  return `${name}${/[.…?!]$/.test(name) ? ' ' : '. '}Hidden from readers`;
}

export function OutlineRowContent({
  row,
  status,
  textOf,
}: {
  row: OutlineRow;
  status: ClaimStatus | undefined;
  textOf: (id: Id) => string;
}) {
  const relation = row.relation?.kind ?? 'main';
  const tail = rowName(row, status, textOf).slice(row.claim.text.length);
  return (
    <div className="outline-row" style={{ paddingInlineStart: `${(row.level - 1) * 1.25}rem` }}>
      <span
        className="outline-row__toggle"
        data-toggle={row.childCount > 0 ? '' : undefined}
        aria-hidden
      >
        {row.childCount === 0 ? '' : row.expanded ? '▾' : '▸'}
      </span>
      <span className={`outline-row__relation outline-row__relation--${relation}`} aria-hidden>
        {relation === 'supports' ? '+' : relation === 'attacks' ? '−' : '◆'}
      </span>
      <span className="outline-row__text">
        {row.claim.text}
        {/* A leading space must sit outside the hidden span, where name computation keeps it. */}
        {tail.startsWith(' ') ? ' ' : null}
        <span className="visually-hidden">{tail.trimStart()}</span>
      </span>
      {status ? (
        <span className="outline-row__meta" aria-hidden>
          <span className={`outline-row__status outline-row__status--${status.label}`}>
            {STATUS_WORD[status.label]}
          </span>
          <span className="outline-row__counts">
            +{status.supportCount} −{status.attackCount}
          </span>
        </span>
      ) : null}
      {row.claim.hidden ? (
        <span className="outline-row__meta outline-row__hidden" aria-hidden>
          Hidden
        </span>
      ) : null}
      {row.otherParents.length > 0 ? (
        <span className="outline-row__also" aria-hidden>
          also under {row.otherParents.map((r) => `“${previewText(textOf(r.to), 40)}”`).join(', ')}
        </span>
      ) : null}
    </div>
  );
}

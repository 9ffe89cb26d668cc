// What a row shows: a fold toggle, the relation (+ supports, − attacks), the claim, its status
// word and counts, and "also under …". The treeitem's aria-label says all of it in words, so
// the marks here are hidden from screen readers.
import type { ClaimStatus } from '../../domain/grounded';
import type { Id } from '../../domain/model';
import { type OutlineRow, previewText } from '../../domain/outline';

const STATUS_WORD = { in: 'stands', out: 'rebutted', undecided: 'undecided' } as const;

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
  return (
    <div className="outline-row" style={{ paddingInlineStart: `${(row.level - 1) * 1.25}rem` }}>
      <span className="outline-row__toggle" data-toggle={row.childCount > 0 ? '' : undefined}>
        {row.childCount === 0 ? '' : row.expanded ? '▾' : '▸'}
      </span>
      <span className={`outline-row__relation outline-row__relation--${relation}`} aria-hidden>
        {relation === 'supports' ? '+' : relation === 'attacks' ? '−' : '◆'}
      </span>
      <span className="outline-row__text">{row.claim.text}</span>
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
      {row.otherParents.length > 0 ? (
        <span className="outline-row__also" aria-hidden>
          also under {row.otherParents.map((r) => `“${previewText(textOf(r.to), 40)}”`).join(', ')}
        </span>
      ) : null}
    </div>
  );
}

// A post or comment body with the words that state claims drawn as marks. Shared by the post and
// the thread so both highlight the same way. User text only ever becomes text nodes.
import { type KeyboardEvent, type ReactNode, useMemo } from 'react';
import type { HighlightRange } from '../domain/highlight';
import type { Claim, Id } from '../domain/model';
import { paragraphSegments } from './paragraph-segments';
import '../styles/anchored-text.css';

export interface AnchoredTextProps {
  /** The source's plain text, paragraphs separated by PARAGRAPH_SEPARATOR. */
  text: string;
  /** Resolved anchor ranges in `text`; each range's id is the claim it states. */
  ranges: readonly HighlightRange[];
  claimsById: ReadonlyMap<Id, Claim>;
  selectedClaimId: Id | null;
  hoveredClaimId: Id | null;
  onClaimSelected: (id: Id) => void;
  onClaimHovered: (id: Id | null) => void;
}

/**
 * Plain text (the post). Each paragraph carries `data-start`, its offset in the whole text, and
 * each mark its own, so a selection can be turned back into offsets (selection-offsets.ts).
 */
export function AnchoredText({
  text,
  ranges,
  source,
  ...markProps
}: AnchoredTextProps & { source?: string }) {
  const paragraphs = useMemo(() => paragraphSegments(text, ranges), [text, ranges]);
  return (
    <div className="anchored-text" data-source={source}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} data-start={paragraph.start}>
          {paragraph.segments.map((segment) =>
            segment.ids.length === 0 ? (
              segment.text
            ) : (
              <ClaimMark key={segment.start} ids={segment.ids} start={segment.start} {...markProps}>
                {segment.text}
              </ClaimMark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

export type ClaimMarkProps = Omit<AnchoredTextProps, 'text' | 'ranges'> & {
  /** The claims these words state. */
  ids: readonly Id[];
  /** Offset of the words in the source's plain text. */
  start: number;
  children: ReactNode;
};

/** Words that state one or more claims: a control that selects them. */
export function ClaimMark({
  ids,
  start,
  children,
  claimsById,
  selectedClaimId,
  hoveredClaimId,
  onClaimSelected,
  onClaimHovered,
}: ClaimMarkProps) {
  const selected = selectedClaimId !== null && ids.includes(selectedClaimId);
  const hovered = hoveredClaimId !== null && ids.includes(hoveredClaimId);
  const activate = () => onClaimSelected(nextClaim(ids, selectedClaimId));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate();
  };
  return (
    // The <mark> itself is the control, rather than a <button> inside it: a button cannot wrap
    // across lines like the words around it, and HTML allows any role on <mark>. Its label says
    // the words are highlighted as stating a claim, which the replaced mark role would have.
    // biome-ignore lint/a11y/useSemanticElements: a <button> cannot wrap across lines.
    <mark
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML permits any role on mark.
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={markLabel(textOf(children), ids, claimsById)}
      className="anchor-mark"
      data-start={start}
      data-selected={selected ? 'true' : undefined}
      data-hovered={hovered ? 'true' : undefined}
      data-overlap={ids.length > 1 ? 'true' : undefined}
      onClick={activate}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onClaimHovered(ids[0] ?? null)}
      onMouseLeave={() => onClaimHovered(null)}
    >
      {children}
    </mark>
  );
}

/**
 * Words that state several claims select the first; activating them again steps to the next,
 * so every claim said there can be reached from the text.
 */
export function nextClaim(ids: readonly Id[], selectedClaimId: Id | null): Id {
  const at = selectedClaimId === null ? -1 : ids.indexOf(selectedClaimId);
  return ids[(at + 1) % ids.length] ?? (ids[0] as Id);
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return '';
}

function markLabel(words: string, ids: readonly Id[], claimsById: ReadonlyMap<Id, Claim>): string {
  const claims = ids.map((id) => claimsById.get(id)?.text ?? 'an unknown claim');
  const what = claims.length === 1 ? 'states the claim' : `states ${claims.length} claims`;
  return `“${words.trim()}”, ${what}: ${claims.join(' / ')}`;
}

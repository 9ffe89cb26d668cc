// A post or comment body with the words that state claims drawn as marks. Shared by the post and
// the thread so both highlight the same way. User text only ever becomes text nodes.
import { type KeyboardEvent, useMemo } from 'react';
import type { HighlightRange, TextSegment } from '../domain/highlight';
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

export function AnchoredText({ text, ranges, ...markProps }: AnchoredTextProps) {
  const paragraphs = useMemo(() => paragraphSegments(text, ranges), [text, ranges]);
  return (
    <div className="anchored-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) =>
            segment.ids.length === 0 ? (
              segment.text
            ) : (
              <AnchorMark key={segment.start} segment={segment} {...markProps} />
            ),
          )}
        </p>
      ))}
    </div>
  );
}

type AnchorMarkProps = Omit<AnchoredTextProps, 'text' | 'ranges'> & { segment: TextSegment };

function AnchorMark({
  segment,
  claimsById,
  selectedClaimId,
  hoveredClaimId,
  onClaimSelected,
  onClaimHovered,
}: AnchorMarkProps) {
  const { ids } = segment;
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
      aria-label={markLabel(segment, claimsById)}
      className="anchor-mark"
      data-selected={selected ? 'true' : undefined}
      data-hovered={hovered ? 'true' : undefined}
      data-overlap={ids.length > 1 ? 'true' : undefined}
      onClick={activate}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onClaimHovered(ids[0] ?? null)}
      onMouseLeave={() => onClaimHovered(null)}
    >
      {segment.text}
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

function markLabel(segment: TextSegment, claimsById: ReadonlyMap<Id, Claim>): string {
  const claims = segment.ids.map((id) => claimsById.get(id)?.text ?? 'an unknown claim');
  const what = claims.length === 1 ? 'states the claim' : `states ${claims.length} claims`;
  return `“${segment.text.trim()}”, ${what}: ${claims.join(' / ')}`;
}

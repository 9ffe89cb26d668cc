// Cuts a source's plain text into paragraphs, and each paragraph into highlight segments, keeping
// offsets in the whole text (which is what anchors count in).
import { type HighlightRange, segmentText, type TextSegment } from '../domain/highlight';
import { paragraphSpans } from '../domain/text';

export interface ParagraphSegments {
  /** Offset of the paragraph in the whole text: a stable React key. */
  start: number;
  /** Segments with offsets in the whole text, covering the paragraph exactly. */
  segments: TextSegment[];
}

export function paragraphSegments(
  text: string,
  ranges: readonly HighlightRange[],
): ParagraphSegments[] {
  return paragraphSpans(text)
    .filter((span) => span.text.trim().length > 0)
    .map((span) => {
      // A range that crosses a paragraph break is drawn as one mark per paragraph.
      const local = ranges
        .filter((r) => r.start < span.end && span.start < r.end)
        .map((r) => ({ ...r, start: r.start - span.start, end: r.end - span.start }));
      const segments = segmentText(span.text, local).map((s) => ({
        ...s,
        start: s.start + span.start,
        end: s.end + span.start,
      }));
      return { start: span.start, segments };
    });
}

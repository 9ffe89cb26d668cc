// Highlighting: cut a text into runs so a view can wrap each run in one <mark> listing every
// anchor over it. Ranges come from stored data and may overlap, nest, be empty or point past the
// end of an edited text, so this clamps and ignores rather than throws.

export interface HighlightRange {
  start: number;
  end: number;
  id: string;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Ids of the ranges covering this segment, in order of range start then input order. */
  ids: string[];
}

interface Edge {
  at: number;
  index: number;
  open: boolean;
}

function clampRange(range: HighlightRange, length: number): { start: number; end: number } {
  const clamp = (v: number) => Math.min(length, Math.max(0, Math.trunc(v)));
  return { start: clamp(range.start), end: clamp(range.end) };
}

/** Closing edges first at the same offset, so touching ranges do not share a segment. */
function compareEdges(a: Edge, b: Edge): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.open !== b.open) return a.open ? 1 : -1;
  return a.index - b.index;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Splits `text` into consecutive segments that cover it exactly, each listing the ids of the
 * ranges over it. Neighbouring segments with the same ids are merged. Ranges that are empty,
 * reversed or NaN after clamping to the text are ignored. O((n + r) log r) plus output size.
 */
export function segmentText(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const length = text.length;
  const edges: Edge[] = [];
  ranges.forEach((range, index) => {
    const { start, end } = clampRange(range, length);
    // `!(start < end)` also drops NaN.
    if (!(start < end)) return;
    edges.push({ at: start, index, open: true }, { at: end, index, open: false });
  });
  edges.sort(compareEdges);

  const segments: TextSegment[] = [];
  const active = new Map<number, string>();
  let cursor = 0;
  const emit = (end: number) => {
    if (end <= cursor) return;
    const ids = [...new Set(active.values())];
    const last = segments[segments.length - 1];
    // Text is sliced once at the end, so long runs of merges stay linear.
    if (last && sameIds(last.ids, ids)) last.end = end;
    else segments.push({ start: cursor, end, text: '', ids });
    cursor = end;
  };
  for (const edge of edges) {
    emit(edge.at);
    const id = ranges[edge.index]?.id ?? '';
    if (edge.open) active.set(edge.index, id);
    else active.delete(edge.index);
  }
  emit(length);
  for (const segment of segments) segment.text = text.slice(segment.start, segment.end);
  return segments;
}

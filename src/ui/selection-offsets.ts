// Turns the reader's text selection back into what anchors count in: the source ('post' or
// 'comment:<id>', from the nearest [data-source]) and [start, end) in its plain text, from the
// nearest [data-start] (a paragraph, a text run or a mark, each holding its own offset).

export interface SourceSelection {
  source: string;
  start: number;
  end: number;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** The plain-text offset of a DOM position inside a source, or null outside any. */
export function offsetAt(node: Node, offset: number): { source: string; offset: number } | null {
  const element = elementOf(node);
  const base = element?.closest<HTMLElement>('[data-start]');
  const source = base?.closest<HTMLElement>('[data-source]')?.dataset.source;
  if (!base || !source) return null;
  const range = document.createRange();
  range.setStart(base, 0);
  range.setEnd(node, offset);
  return { source, offset: Number(base.dataset.start) + range.toString().length };
}

/**
 * The selection's words as offsets in one source, with surrounding white space left out; null
 * when nothing is selected or the selection crosses sources or leaves the text.
 */
export function selectionInSource(
  selection: Selection | null,
  textOf: (source: string) => string | null,
): SourceSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const from = offsetAt(range.startContainer, range.startOffset);
  const to = offsetAt(range.endContainer, range.endOffset);
  if (!from || !to || from.source !== to.source) return null;
  const text = textOf(from.source);
  if (text === null) return null;
  return trimmed(
    from.source,
    text,
    Math.min(from.offset, to.offset),
    Math.max(from.offset, to.offset),
  );
}

/** [start, end) shrunk past white space at either end; null when only white space is left. */
export function trimmed(
  source: string,
  text: string,
  start: number,
  end: number,
): SourceSelection | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return e > s ? { source, start: s, end: e } : null;
}

// The builder's pure helpers, apart from its state: W3C selectors for a range of text (what every
// anchor the builder adds carries) and breaking cycles in comment parent links.
import { QUOTE_CONTEXT } from '../anchoring';
import type { Id, TextPositionSelector, TextQuoteSelector } from '../model';

/** W3C selectors for [start, end) of `text`, with QUOTE_CONTEXT characters either side. */
export function selectorsAt(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { start, end },
  };
}

/** Drops the parent link that closes each cycle, walking each chain once (linear). */
export function breakCycles(parents: ReadonlyMap<Id, Id>): Map<Id, Id> {
  const result = new Map(parents);
  const state = new Map<Id, 'visiting' | 'done'>();
  for (const start of parents.keys()) {
    const path: Id[] = [];
    let node: Id | undefined = start;
    while (node !== undefined && state.get(node) === undefined) {
      state.set(node, 'visiting');
      path.push(node);
      const parent = result.get(node);
      if (parent !== undefined && state.get(parent) === 'visiting') {
        result.delete(node);
        break;
      }
      node = parent;
    }
    for (const done of path) state.set(done, 'done');
  }
  return result;
}

// A comment's plain text (what its anchors count in, decision 0004) and the anchors in it: built
// from a range, re-found after an edit. Parsing Markdown with remark costs ~0.1 ms a body, which
// is 5 s for a generated debate of 50,000 comments checked on every save; most bodies (the seed,
// imports, plain replies) contain no Markdown at all, and for those the plain text is the body.
import { QUOTE_CONTEXT, resolveAnchor } from './anchoring';
import type { Anchor, AnchorSource, Debate, TextQuoteSelector } from './model';
import { isPlainBody } from './plain-body';
import { richPlainText } from './rich-text';
import { postText } from './text';

export { isPlainBody };

/** The text a reader sees of a comment body: anchor positions count in this. */
export function commentPlainText(body: string): string {
  return isPlainBody(body) ? body : richPlainText(body);
}

/**
 * The plain text of a source (a comment's is its Markdown body as a reader sees it, decision
 * 0004), or null when the source names a comment the debate lacks.
 */
export function sourceText(
  debate: Pick<Debate, 'post' | 'comments'>,
  source: AnchorSource,
): string | null {
  if (source.kind === 'post') return postText(debate.post);
  const comment = debate.comments.find((c) => c.id === source.commentId);
  return comment ? commentPlainText(comment.body) : null;
}

/** The selectors for `[start, end)` of `text`, or null when the range is outside it or blank. */
export function quoteAt(
  text: string,
  range: { start: number; end: number },
): { quote: TextQuoteSelector; position: { start: number; end: number } } | null {
  const { start, end } = range;
  if (start < 0 || end <= start || end > text.length) return null;
  const exact = text.slice(start, end);
  if (exact.trim() === '') return null;
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { start, end },
  };
}

/**
 * The anchors of a comment after its text became `text`: each re-found by resolveAnchor
 * (position, then exact words, then a fuzzy match) with its selectors rebuilt around where it
 * now is, or kept as it was and marked orphaned when its words are gone. Anchors already
 * orphaned are tried too, so words put back re-attach. Returns only the anchors that changed.
 */
export function reanchor(text: string, anchors: readonly Anchor[]): Anchor[] {
  const changed: Anchor[] = [];
  for (const anchor of anchors) {
    const found = resolveAnchor(text, anchor);
    const selectors = found ? quoteAt(text, found) : null;
    const next: Anchor = selectors
      ? { id: anchor.id, claimId: anchor.claimId, source: anchor.source, ...selectors }
      : { ...anchor, orphaned: true };
    if (JSON.stringify(next) !== JSON.stringify(anchor)) changed.push(next);
  }
  return changed;
}

/** The anchors of a deleted comment: all kept, all orphaned. Returns only the ones that changed. */
export function orphanAll(anchors: readonly Anchor[]): Anchor[] {
  return anchors.filter((a) => a.orphaned !== true).map((a) => ({ ...a, orphaned: true }));
}

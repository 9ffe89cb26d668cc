// A comment body parsed once per comment object: the anchor index (which counts in the plain
// text) and the view (which draws the tree) share the parse. Keyed by the object, so a refetched
// or edited comment, a new object, is parsed again and nothing stale is kept alive.
import { parseRichText, type RichText } from '../domain/rich-text';

const parsed = new WeakMap<object, RichText>();

export function richTextOf(comment: { body: string }): RichText {
  let rich = parsed.get(comment);
  if (!rich) {
    rich = parseRichText(comment.body);
    parsed.set(comment, rich);
  }
  return rich;
}

/** The plain text a comment's anchors count in (decision 0004). */
export function commentPlainText(comment: { body: string }): string {
  return richTextOf(comment).plainText;
}

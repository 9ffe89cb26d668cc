// A comment body parsed once per comment object: the view (which draws the tree) parses it when
// the comment is drawn; the anchor index, which reads every loaded comment, takes the plain text
// without parsing when the body has no Markdown (most do), else shares the parse. Keyed by the
// object, so a refetched or edited comment, a new object, is read again and nothing stale stays.
import { commentPlainText as plainTextOfBody } from '../domain/comment-text';
import { parseRichText, type RichText } from '../domain/rich-text';

const parsed = new WeakMap<object, RichText>();
const plain = new WeakMap<object, string>();

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
  const rich = parsed.get(comment);
  if (rich) return rich.plainText;
  let text = plain.get(comment);
  if (text === undefined) {
    text = plainTextOfBody(comment.body);
    plain.set(comment, text);
  }
  return text;
}

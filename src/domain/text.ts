// The plain text that anchor positions count in. Every place that turns a post or comment into
// offsets goes through here, so the server, the seed and the views count characters the same way.
// A comment's plain text is comment-text.ts's (sourceText there): it may need the Markdown
// parser, which this module, read by the browser's first view, must not pull in.
import type { AnchorSource, Post } from './model';
import { PARAGRAPH_SEPARATOR } from './model';

/** The post's plain text: its paragraphs joined by PARAGRAPH_SEPARATOR. */
export function postText(post: Post): string {
  return post.paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** A stable string key for a source, for use in Maps and React keys: 'post' or 'comment:<id>'. */
export function sourceKey(source: AnchorSource): string {
  return source.kind === 'post' ? 'post' : `comment:${source.commentId}`;
}

export interface TextSpan {
  /** Offset of the paragraph's first character in the whole text. */
  start: number;
  /** Offset just past the paragraph's last character (exclusive). */
  end: number;
  text: string;
}

/**
 * Splits text into paragraphs on PARAGRAPH_SEPARATOR, keeping each paragraph's offsets into the
 * whole text so anchors (which count in the whole text) can be drawn paragraph by paragraph.
 * Empty text gives no spans; empty paragraphs (separator runs) are kept so offsets stay exact.
 */
export function paragraphSpans(text: string): TextSpan[] {
  if (text.length === 0) return [];
  const spans: TextSpan[] = [];
  let start = 0;
  while (true) {
    const at = text.indexOf(PARAGRAPH_SEPARATOR, start);
    const end = at === -1 ? text.length : at;
    spans.push({ start, end, text: text.slice(start, end) });
    if (at === -1) return spans;
    start = at + PARAGRAPH_SEPARATOR.length;
  }
}

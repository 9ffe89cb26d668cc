// Whether a comment body needs the Markdown parser at all. On its own, apart from rich-text.ts,
// so the browser can take the fast path (most bodies) without downloading remark: the reader's
// first view loads the parser only when a body on screen has Markdown in it.

// Characters that start inline Markdown (emphasis, code, links, images, HTML, autolinks,
// entities, escapes) or are normalised by the parser (CR, NUL).
const INLINE_SYNTAX = /[\\`*_[\]<>&\r\0]/;
// A line (after the first) that opens a block (heading, quote, list item, thematic break, setext
// underline, fence) or starts with whitespace (indentation, or trimmed away).
const BLOCK_AFTER_BREAK = /\n(?:[^\S\n]|#|[-+*=~]|\d{1,9}[.)](?:\s|$))/;
const BLOCK_AT_START = /^(?:\s|#|[-+*=~]|\d{1,9}[.)](?:\s|$))/;

/**
 * True when `body` is read by the Markdown parser as exactly its own text: paragraphs of plain
 * words separated by single blank lines. Conservative: a false negative only costs a parse.
 * Written as a few whole-string scans (no split): generated debates hold 50 MB of comments.
 */
export function isPlainBody(body: string): boolean {
  return !(
    INLINE_SYNTAX.test(body) ||
    BLOCK_AT_START.test(body) ||
    /\s/.test(body.at(-1) ?? '') ||
    body.includes('\n\n\n') ||
    // Spaces or tabs before a line break are trimmed (two or more make a hard break).
    body.includes(' \n') ||
    body.includes('\t\n') ||
    BLOCK_AFTER_BREAK.test(body)
  );
}

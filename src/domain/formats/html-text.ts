// HTML to the post's plain-text paragraphs (the model's post body), recording where elements
// with an id landed in that text: OVA's source text marks each locution with
// <span id="node123">…</span>, and those offsets become the anchors' positions.
import { PARAGRAPH_SEPARATOR } from '../model';
import { BLOCK_TAGS, isHtmlSpace, safeHref, walkHtml } from './html-walk';

export interface HtmlText {
  /** Non-empty paragraphs; joined by PARAGRAPH_SEPARATOR they give `text`. */
  paragraphs: string[];
  text: string;
  /** Element id → [start, end) of its words in `text` (elements without words are absent). */
  spans: Map<string, { start: number; end: number }>;
}

interface OpenSpan {
  id: string | null;
  start: number;
  /** For links: the address, compared with the link's words when it closes. */
  href: string | null;
}

/** Appends text with HTML's whitespace rules, blocks separated by PARAGRAPH_SEPARATOR. */
class PlainText {
  out = '';
  private blockHasText = false;
  private pending: 'none' | 'space' | 'line' | 'block' = 'none';
  private waiting: OpenSpan[] = [];
  /**
   * The words of the link being written (HTML links do not nest). Kept apart because slicing
   * `out` while it grows would flatten it each time: quadratic on a page of links.
   */
  linkWords: string | null = null;

  text(value: string, preformatted: boolean): void {
    let run = '';
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (preformatted && code === 10) {
        this.write(run);
        run = '';
        this.lineBreak();
      } else if (isHtmlSpace(code)) {
        this.write(run);
        run = '';
        if (this.blockHasText && this.pending === 'none') this.pending = 'space';
      } else run += value[i];
    }
    this.write(run);
  }

  lineBreak(): void {
    if (!this.blockHasText) return;
    this.pending = this.pending === 'line' ? 'block' : 'line';
  }

  blockBreak(): void {
    if (this.out.length > 0) this.pending = 'block';
    this.blockHasText = false;
  }

  /** The offset the next written character will have; spans wait for it. */
  openSpan(span: OpenSpan): void {
    this.waiting.push(span);
  }

  private write(run: string): void {
    if (run.length === 0) return;
    if (this.out.length > 0 && this.pending !== 'none') {
      const separator =
        this.pending === 'block' || !this.blockHasText
          ? PARAGRAPH_SEPARATOR
          : this.pending === 'line'
            ? '\n'
            : ' ';
      this.out += separator;
    }
    this.pending = 'none';
    for (const span of this.waiting) span.start = this.out.length;
    this.waiting = [];
    this.out += run;
    if (this.linkWords !== null) this.linkWords += run;
    this.blockHasText = true;
  }
}

/** The plain text of an HTML post body. Links keep their address: "words (https://…)". */
export function htmlToText(html: string): HtmlText {
  const builder = new PlainText();
  const spans = new Map<string, { start: number; end: number }>();
  const open: OpenSpan[] = [];
  let preDepth = 0;
  walkHtml(html, {
    text: (value) => builder.text(value, preDepth > 0),
    open: (tag, attributes) => {
      if (tag === 'br') builder.lineBreak();
      if (BLOCK_TAGS.has(tag)) builder.blockBreak();
      if (tag === 'pre') preDepth++;
      if (tag === 'td' || tag === 'th') builder.text(' ', false);
      const span: OpenSpan = {
        id: attributes.get('id') ?? null,
        start: -1,
        href: tag === 'a' ? safeHref(attributes.get('href')) : null,
      };
      open.push(span);
      builder.openSpan(span);
      if (span.href) builder.linkWords = '';
    },
    close: (tag) => {
      const span = open.pop();
      const end = builder.out.length;
      if (span && span.start >= 0 && span.id !== null && end > span.start && !spans.has(span.id)) {
        spans.set(span.id, { start: span.start, end });
      }
      if (span?.href) {
        const words = builder.linkWords;
        builder.linkWords = null;
        if (words && /^https?:/i.test(span.href) && words !== span.href) {
          builder.text(` (${span.href})`, false);
        }
      }
      if (tag === 'pre') preDepth--;
      if (BLOCK_TAGS.has(tag)) builder.blockBreak();
    },
  });
  const text = builder.out;
  const paragraphs = text.length === 0 ? [] : text.split(PARAGRAPH_SEPARATOR);
  return { paragraphs, text, spans };
}

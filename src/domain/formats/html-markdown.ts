// HTML comments (WordPress) to the Markdown subset comment bodies are stored in (decision 0004):
// paragraphs, links with safe addresses, emphasis, quotes, lists, inline code and line breaks.
// Everything else is dropped to its text, and every character Markdown would read as syntax is
// escaped, so the stored body renders as exactly the words the commenter wrote.
import { BLOCK_TAGS, isHtmlSpace, safeHref, walkHtml } from './html-walk';

/**
 * Quotes and lists nested deeper than this are written at this depth: each level prefixes every
 * line below it, so 20,000 nested quotes over 20,000 paragraphs would otherwise write 800 MB.
 */
const MAX_NESTING = 16;

type Container = { kind: 'quote' } | { kind: 'item'; marker: string; started: boolean };

interface Inline {
  chunks: string[];
  /** Whether the next character starts a line (Markdown reads "- " or "# " there as syntax). */
  lineStart: boolean;
  pendingSpace: boolean;
}

const ESCAPE_ANYWHERE = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '#']);
const ESCAPE_AT_LINE_START = new Set(['-', '+', '=', '|', '~']);

/** Escapes `text` so CommonMark shows it literally. */
export function escapeMarkdown(text: string, lineStart: boolean): string {
  let out = '';
  let atStart = lineStart;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const digitsThenDot = atStart && /[0-9]/.test(char) && /^[0-9]{1,9}[.)]/.test(text.slice(i));
    if (ESCAPE_ANYWHERE.has(char) || (atStart && ESCAPE_AT_LINE_START.has(char))) out += '\\';
    if (digitsThenDot) {
      const digits = /^[0-9]+/.exec(text.slice(i, i + 10))?.[0] ?? char;
      out += `${digits}\\`;
      i += digits.length - 1;
      atStart = false;
      continue;
    }
    out += char;
    atStart = false;
  }
  return out;
}

class MarkdownWriter {
  private readonly blocks: { text: string; quotes: number }[] = [];
  private readonly containers: Container[] = [];
  private inline: Inline = { chunks: [], lineStart: true, pendingSpace: false };
  private readonly emphasis: { index: number; marker: string; words: number }[] = [];
  /** How many runs of words have been written: emphasis that wraps none writes no markers. */
  private words = 0;

  text(value: string): void {
    let run = '';
    const flush = () => {
      if (run.length === 0) return;
      if (this.inline.pendingSpace && this.inline.chunks.length > 0) this.inline.chunks.push(' ');
      this.inline.pendingSpace = false;
      this.inline.chunks.push(escapeMarkdown(run, this.inline.lineStart));
      this.inline.lineStart = false;
      this.words++;
      run = '';
    };
    for (let i = 0; i < value.length; i++) {
      if (isHtmlSpace(value.charCodeAt(i))) {
        flush();
        this.inline.pendingSpace = true;
      } else run += value[i];
    }
    flush();
  }

  raw(markup: string): void {
    if (this.inline.pendingSpace && this.inline.chunks.length > 0) this.inline.chunks.push(' ');
    this.inline.pendingSpace = false;
    this.inline.chunks.push(markup);
    this.inline.lineStart = false;
  }

  lineBreak(): void {
    if (this.inline.chunks.length === 0) return;
    this.inline.chunks.push('\\\n');
    this.inline.pendingSpace = false;
    this.inline.lineStart = true;
  }

  /** Marks where emphasis opens; the markers are written only if it wraps words. */
  openEmphasis(marker: string): void {
    this.raw('');
    this.emphasis.push({ index: this.inline.chunks.length - 1, marker, words: this.words });
  }

  closeEmphasis(): void {
    const open = this.emphasis.pop();
    if (!open || open.index >= this.inline.chunks.length || open.words === this.words) return;
    const first = this.inline.chunks[open.index + 1];
    const last = this.inline.chunks[this.inline.chunks.length - 1];
    // CommonMark only reads *…* as emphasis when no space is just inside the markers.
    const wraps =
      first !== undefined && last !== undefined && !/^\s/.test(first) && !/\s$/.test(last);
    if (wraps && open.index < this.inline.chunks.length - 1) {
      this.inline.chunks[open.index] = open.marker;
      this.inline.chunks.push(open.marker);
    }
  }

  openContainer(container: Container): void {
    this.endBlock();
    this.containers.push(container);
  }

  closeContainer(): void {
    this.endBlock();
    this.containers.pop();
  }

  endBlock(): void {
    this.emphasis.length = 0;
    const body = this.inline.chunks.join('');
    this.inline = { chunks: [], lineStart: true, pendingSpace: false };
    if (body.replace(/\\\n/g, '').trim().length === 0) return;
    const lines = body.replace(/\\\n$/, '').split('\n');
    const prefixed = lines.map((line, i) => this.prefix(i === 0) + line);
    const quotes = this.containers.slice(0, MAX_NESTING).filter((c) => c.kind === 'quote').length;
    this.blocks.push({ text: prefixed.join('\n'), quotes });
  }

  private prefix(firstLine: boolean): string {
    let prefix = '';
    for (const container of this.containers.slice(0, MAX_NESTING)) {
      if (container.kind === 'quote') prefix += '> ';
      else if (firstLine && !container.started) {
        prefix += container.marker;
        container.started = true;
      } else prefix += ' '.repeat(container.marker.length);
    }
    return prefix;
  }

  result(): string {
    this.endBlock();
    let out = '';
    this.blocks.forEach((block, i) => {
      if (i > 0) {
        const shared = Math.min(block.quotes, this.blocks[i - 1]?.quotes ?? 0);
        out += `\n${'>'.repeat(shared)}\n`;
      }
      out += block.text;
    });
    return out;
  }
}

/** A comment's HTML as the Markdown subset. */
export function htmlToMarkdown(html: string): string {
  const writer = new MarkdownWriter();
  const lists: { ordered: boolean; next: number }[] = [];
  const links: (string | null)[] = [];
  walkHtml(html, {
    text: (value) => writer.text(value),
    open: (tag, attributes) => {
      if (tag === 'br') writer.lineBreak();
      else if (tag === 'blockquote') writer.openContainer({ kind: 'quote' });
      else if (tag === 'ul' || tag === 'ol') {
        writer.endBlock();
        const start = Number.parseInt(attributes.get('start') ?? '1', 10);
        lists.push({ ordered: tag === 'ol', next: Number.isFinite(start) ? start : 1 });
      } else if (tag === 'li') {
        const list = lists[lists.length - 1];
        const marker = list?.ordered ? `${list.next++}. ` : '- ';
        writer.openContainer({ kind: 'item', marker, started: false });
      } else if (BLOCK_TAGS.has(tag)) writer.endBlock();
      else if (tag === 'em' || tag === 'i') writer.openEmphasis('*');
      else if (tag === 'strong' || tag === 'b') writer.openEmphasis('**');
      else if (tag === 'a') {
        const href = safeHref(attributes.get('href'));
        links.push(href);
        if (href) writer.raw('[');
      }
    },
    close: (tag) => {
      if (tag === 'blockquote' || tag === 'li') writer.closeContainer();
      else if (tag === 'ul' || tag === 'ol') {
        writer.endBlock();
        lists.pop();
      } else if (BLOCK_TAGS.has(tag)) writer.endBlock();
      else if (tag === 'em' || tag === 'i' || tag === 'strong' || tag === 'b')
        writer.closeEmphasis();
      else if (tag === 'a') {
        const href = links.pop();
        if (href) writer.raw(`](${encodeURI(decodeSafely(href)).replace(/[()]/g, escapeParen)})`);
      }
    },
  });
  return writer.result();
}

function escapeParen(paren: string): string {
  return paren === '(' ? '%28' : '%29';
}

function decodeSafely(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

// Kialo's text export → a Crux debate. Both dialects: the older "Discussion Title: …" with
// "1.1. Con: text" on one line, and the newer "Discussion Name:" with the title, then "1.1. Pro:"
// and the text on the following line(s), indented by level. "-> See 1.2.2." says the claim at
// 1.2.2 belongs here too: it becomes one more parent relation of that claim, never a copy, in a
// second pass so targets may come later in the file (or form cycles, which Crux allows).
import { type Id, PARAGRAPH_SEPARATOR, type Post, type RelationKind } from '../model';
import { postText } from '../text';
import { titleFromFilename } from './aif-import';
import { DebateBuilder } from './debate-builder';
import { excerpt, ImportError } from './errors';
import { readKialoText } from './kialo-text';
import { debateId, makePost } from './post';
import type { ImportContext, ImportedDebate } from './types';

type Stance = 'thesis' | 'pro' | 'con' | null;

interface Entry {
  number: string;
  parent: string | null;
  stance: Stance;
  lines: string[];
  /** The header's line. */
  line: number;
  /** The line of the text's first line (the header's own in the older dialect). */
  textLine: number;
}

interface Header {
  number: string;
  stance: Stance;
  rest: string;
}

/** "  1.2.3. Pro: text" → its parts; null when the line is not a claim header. Linear. */
export function parseHeader(line: string): Header | null {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const start = i;
  let sawDigit = false;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) sawDigit = true;
    else if (c === 46 && sawDigit) sawDigit = false;
    else break;
    i++;
  }
  const numbering = line.slice(start, i);
  if (!numbering.endsWith('.') || numbering.length < 2) return null;
  if (i < line.length && line[i] !== ' ' && line[i] !== '\t') return null;
  const after = line.slice(i).trim();
  const label = /^(Thesis|Pro|Con):\s*/i.exec(after);
  const stance = label ? ((label[1] ?? '').toLowerCase() as Stance) : null;
  return {
    number: numbering.slice(0, -1),
    stance,
    rest: label ? after.slice(label[0].length) : after,
  };
}

const SEE = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;

function readTitle(lines: readonly string[]): { title: string | null; next: number } {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const first = (lines[i] ?? '').trim();
  const header = /^Discussion (Title|Name):\s*(.*)$/i.exec(first);
  if (!header) {
    if (parseHeader(lines[i] ?? '')) return { title: null, next: i };
    throw ImportError.atLine(
      'kialo',
      i + 1,
      '"Discussion Title: …", "Discussion Name:" or a first claim "1. …"',
      excerpt(first),
    );
  }
  if (header[2]) return { title: header[2], next: i + 1 };
  let j = i + 1;
  while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
  return { title: (lines[j] ?? '').trim() || null, next: j + 1 };
}

/** The claims in file order, with the "Sources:" list. */
function readEntries(lines: readonly string[], from: number) {
  const entries: Entry[] = [];
  const sources = new Map<string, string>();
  let current: Entry | null = null;
  let inSources = false;
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const text = raw.trim();
    if (text === '') continue;
    if (inSources) {
      const source = /^\[(\d{1,4})\]\s*(.*)$/.exec(text);
      if (source) sources.set(source[1] as string, (source[2] ?? '').trim());
      continue;
    }
    if (/^Sources:$/i.test(text)) {
      inSources = true;
      continue;
    }
    const header = parseHeader(raw);
    const awaitingText = current !== null && current.lines.length === 0;
    // A numbered line right after a header without text is that claim's text (newer dialect);
    // anywhere else it is a claim, and one without a stance below the top level is refused.
    if (header && (header.stance !== null || !awaitingText)) {
      const dot = header.number.lastIndexOf('.');
      current = {
        number: header.number,
        parent: dot === -1 ? null : header.number.slice(0, dot),
        stance: header.stance,
        lines: header.rest ? [header.rest] : [],
        line: i + 1,
        textLine: header.rest ? i + 1 : i + 2,
      };
      entries.push(current);
    } else if (current) {
      if (current.lines.length === 0) current.textLine = i + 1;
      current.lines.push(text);
    } else
      throw ImportError.atLine(
        'kialo',
        i + 1,
        'a claim such as "1. Thesis:" or "1.1. Pro: …"',
        excerpt(text),
      );
  }
  return { entries, sources };
}

/** Checks numbering and stances; returns each number's entry. */
function indexEntries(entries: readonly Entry[]): Map<string, Entry> {
  const byNumber = new Map<string, Entry>();
  for (const entry of entries) {
    if (byNumber.has(entry.number)) {
      throw ImportError.atLine(
        'kialo',
        entry.line,
        `a new claim number (${entry.number}. is used twice)`,
        `${entry.number}. again`,
      );
    }
    if (entry.parent !== null && !byNumber.has(entry.parent)) {
      throw ImportError.atLine(
        'kialo',
        entry.line,
        `claim ${entry.parent}. above claim ${entry.number}.`,
        'no such claim',
      );
    }
    if (entry.parent !== null && entry.stance !== 'pro' && entry.stance !== 'con') {
      throw ImportError.atLine(
        'kialo',
        entry.line,
        `"${entry.number}. Pro:" or "${entry.number}. Con:"`,
        entry.stance === 'thesis' ? '"Thesis:" below the top level' : 'no stance',
      );
    }
    if (entry.lines.length === 0) {
      throw ImportError.atLine(
        'kialo',
        entry.line + 1,
        `the text of claim ${entry.number}.`,
        'nothing',
      );
    }
    byNumber.set(entry.number, entry);
  }
  return byNumber;
}

/**
 * The claim a position stands for, following "-> See" chains (a second pass, so targets may come
 * later). Each resolved chain is remembered, so a file of 100,000 chained Sees stays linear.
 */
function resolver(byNumber: ReadonlyMap<string, Entry>, claimAt: ReadonlyMap<string, Id>) {
  const resolved = new Map<string, Id>(claimAt);
  return (entry: Entry): Id => {
    const path: Entry[] = [];
    const onPath = new Set<string>();
    let at: Entry = entry;
    let found = resolved.get(at.number);
    while (found === undefined) {
      path.push(at);
      onPath.add(at.number);
      const target = SEE.exec(at.lines.join(' '))?.[1] ?? '';
      const next = byNumber.get(target);
      if (!next) {
        throw ImportError.atLine(
          'kialo',
          at.textLine,
          `"-> See" to name a claim in this file`,
          `${target}.`,
        );
      }
      if (onPath.has(next.number)) {
        throw ImportError.atLine(
          'kialo',
          entry.textLine,
          `"-> See" to lead to a claim`,
          `a loop of "-> See" lines through ${next.number}.`,
        );
      }
      at = next;
      found = resolved.get(at.number);
    }
    for (const step of path) resolved.set(step.number, found);
    return found;
  };
}

export function importKialo(input: string, context: ImportContext): ImportedDebate {
  const lines = input.split(/\r\n|\n|\r/);
  const { title, next } = readTitle(lines);
  const { entries, sources } = readEntries(lines, next);
  if (entries.length === 0)
    throw ImportError.atLine('kialo', lines.length, 'at least one claim', 'none');
  const byNumber = indexEntries(entries);
  const builder = new DebateBuilder('kialo');
  const claimAt = new Map<string, Id>();
  const sees = new Set<Entry>();
  for (const entry of entries) {
    const text = entry.lines.join(' ');
    if (SEE.test(text)) {
      sees.add(entry);
      continue;
    }
    const id = builder.claim(null, readKialoText(text, sources), `claim ${entry.number}.`);
    if (id !== null) claimAt.set(entry.number, id);
  }
  const claimOf = resolver(byNumber, claimAt);
  const kind = (stance: Stance): RelationKind => (stance === 'con' ? 'attacks' : 'supports');
  // Tree relations first, so each claim's first parent is where the file writes it in full.
  for (const entry of [...entries.filter((e) => !sees.has(e)), ...sees]) {
    const parent = entry.parent === null ? null : byNumber.get(entry.parent);
    if (!parent) continue;
    builder.relation(claimOf(entry), claimOf(parent), kind(entry.stance));
  }
  const post = makePost({
    title,
    fallbackTitle: titleFromFilename(context.filename) ?? 'Kialo discussion',
    paragraphs: [],
    fallbackParagraph: 'Imported from Kialo.',
  });
  stateTheses(entries, claimAt, builder, post);
  const debate = builder.build(debateId('kialo', context.id, post.title), post);
  return { debate, events: [], warnings: builder.warnings.list() };
}

/** Kialo has no post: the post states the thesis (or theses), and each is anchored there. */
function stateTheses(
  entries: readonly Entry[],
  claimAt: ReadonlyMap<string, Id>,
  builder: DebateBuilder,
  post: Post,
): void {
  const theses = entries.flatMap((e) => (e.parent === null ? (claimAt.get(e.number) ?? []) : []));
  const paragraphs = theses.map((id) => builder.claimText(id) ?? '').filter((t) => t.length > 0);
  if (paragraphs.length === 0) return;
  post.paragraphs = paragraphs;
  const text = postText(post);
  let offset = 0;
  theses.forEach((id, i) => {
    const paragraph = paragraphs[i] ?? '';
    builder.anchorRange(id, { kind: 'post' }, text, offset, offset + paragraph.length);
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  });
}

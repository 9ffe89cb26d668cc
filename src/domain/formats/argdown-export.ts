// A Crux debate → Argdown. Each claim is a statement titled by its id and written in full once,
// under the first parent it is reached from; its other places are references `[id]`, which
// Argdown reads back as the same statement (an equivalence class), never a copy. Supports are
// `+`, attacks `-`, one indented line per relation. A claim's other phrasings are more
// definitions of the same title, at the end. The post's title, byline, date, address and
// paragraphs go into the front matter; comments and anchors have no place in Argdown.
import { shortcodes } from '@argdown/core';
import type { Claim, Debate } from '../model';
import { outlineRows } from './outline-rows';

/** Characters Argdown's lexer reads as syntax anywhere in a statement's text. */
const SYNTAX = new Set(['\\', '[', ']', '<', '>', '@', '#', '*', '_', '{', '}']);
const SHORTCODE_STARTS = new Set(Object.keys(shortcodes));
const LONGEST_SHORTCODE = Math.max(...[...SHORTCODE_STARTS].map((k) => k.length));

/** The text with every character Argdown would read as syntax escaped with a backslash. */
export function escapeArgdown(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const char = flat[i] as string;
    const next = flat[i + 1];
    let escaped = SYNTAX.has(char) || (char === '/' && (next === '/' || next === '*'));
    if (!escaped && (char === '.' || char === ':')) escaped = startsShortcode(flat, i);
    out += escaped ? `\\${char}` : char;
  }
  return out;
}

function startsShortcode(text: string, at: number): boolean {
  for (let length = 3; length <= LONGEST_SHORTCODE; length++) {
    if (SHORTCODE_STARTS.has(text.slice(at, at + length))) return true;
  }
  return false;
}

/** A YAML double-quoted scalar; "=" is escaped so "===" cannot end the front matter early. */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(/=/g, '\\u003d');
}

function frontMatter(debate: Debate): string {
  const { post } = debate;
  const lines = ['===', `title: ${yamlString(post.title)}`];
  if (post.author) lines.push(`author: ${yamlString(post.author)}`);
  if (post.publishedAt) lines.push(`date: ${yamlString(post.publishedAt)}`);
  if (post.sourceUrl) lines.push(`url: ${yamlString(post.sourceUrl)}`);
  lines.push(`post: [${post.paragraphs.map(yamlString).join(', ')}]`, '===');
  return lines.join('\n');
}

/**
 * Argdown data after a claim's definition, only when it has more than words: `isCanonical` makes
 * this wording the claim's when other definitions (its phrasings) follow; `hidden` and `aliases`
 * are Crux's own and read back by Crux.
 */
function claimData(claim: Claim): string {
  const data = {
    ...(claim.phrasings ? { isCanonical: true } : {}),
    ...(claim.hidden ? { hidden: true } : {}),
    ...(claim.aliases ? { aliases: claim.aliases } : {}),
  };
  return Object.keys(data).length > 0 ? ` ${JSON.stringify(data)}` : '';
}

export function exportArgdown(debate: Debate): string {
  const out = [frontMatter(debate), ''];
  for (const row of outlineRows(debate.claims, debate.relations)) {
    const reference = `[${row.claim.id}]`;
    const full = `${reference}: ${escapeArgdown(row.claim.text)}${claimData(row.claim)}`;
    const statement = row.repeat ? reference : full;
    if (row.via === null) {
      // A blank line ends the previous tree: a new top-level statement.
      if (out.length > 2) out.push('');
      out.push(statement);
    } else {
      const sign = row.via.kind === 'supports' ? '+' : '-';
      out.push(`${'  '.repeat(row.depth)}${sign} ${statement}`);
    }
  }
  // Top-level statements are separated by blank lines, or Argdown reads them as one.
  const phrasings = debate.claims.flatMap((claim) =>
    (claim.phrasings ?? []).flatMap((p) => ['', `[${claim.id}]: ${escapeArgdown(p)}`]),
  );
  if (phrasings.length > 0) out.push('', '// Other wordings of the claims above.', ...phrasings);
  return `${out.join('\n')}\n`;
}

// Which format a file is in, from its name and its first few kilobytes, for the CLI and the
// import dialog when the user does not say. Returns null when unsure rather than guessing.
import type { FormatName } from './types';

const HEAD = 8192;

function byName(filename: string | undefined): FormatName | null {
  if (!filename) return null;
  const name = filename.toLowerCase();
  if (name.endsWith('.crux.json')) return 'crux';
  if (name.endsWith('.aif.json') || name.endsWith('.aif')) return 'aif';
  if (name.endsWith('.argdown') || name.endsWith('.ad')) return 'argdown';
  if (name.endsWith('.kialo.txt')) return 'kialo';
  if (name.endsWith('.wxr')) return 'wordpress';
  return null;
}

function byJson(head: string): FormatName | null {
  const has = (key: string) => head.includes(`"${key}"`);
  if (/"format"\s*:\s*"crux"/.test(head)) return 'crux';
  // Before Crux's own keys: Crux's AIF export carries a `crux` key with a post, claims and
  // relations in it, and is still AIF.
  if (has('AIF') || (has('nodes') && has('edges')) || has('nodeID')) return 'aif';
  if (has('post') && has('claims') && has('relations')) return 'crux';
  if (has('rendered') || has('content') || has('author_name') || has('post')) return 'wordpress';
  return null;
}

const KIALO_HEADER = /^\s*Discussion (Title|Name):/;
const KIALO_CLAIM = /^[ \t]*\d+(\.\d+)*\.?[ \t]+(Thesis|Pro|Con):/m;
const ARGDOWN_HINT =
  /^[ \t]*(\[[^\]\n]+\]:|<[^>\n]+>:|[+-]>?[ \t]+[[<]|<[+-][ \t]+[[<]|\(\d+\)[ \t]|-{4,}\s*$|===\s*$)/m;

/** The format of `text` (and `filename`), or null when it cannot be told. */
export function guessFormat(text: string, filename?: string): FormatName | null {
  const named = byName(filename);
  if (named) return named;
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[{') || /^\[\s*\{/.test(start)) {
    return byJson(head);
  }
  if (start.startsWith('<')) {
    return /<rss|wordpress\.org\/export|<wp:/.test(head) ? 'wordpress' : null;
  }
  if (KIALO_HEADER.test(head) || KIALO_CLAIM.test(head)) return 'kialo';
  if (ARGDOWN_HINT.test(head)) return 'argdown';
  const lower = filename?.toLowerCase() ?? '';
  if (lower.endsWith('.json')) return byJson(head);
  if (lower.endsWith('.xml')) return 'wordpress';
  return null;
}

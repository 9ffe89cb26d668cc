// Kialo's claim text: Markdown links inline, literal parentheses escaped as \( \), and (in the
// newer export) citation markers [n] resolved in a closing "Sources:" list. Shared by the reader
// and the writer so what one escapes the other unescapes.

const UNESCAPE = /\\([()[\]\\*_])/g;
const CITATION = /(?<!\\)\[(\d{1,4})\](?!\()/g;

/** Kialo text → Crux claim text: citations become links (when listed), escapes are removed. */
export function readKialoText(text: string, sources: ReadonlyMap<string, string>): string {
  const cited = text.replace(CITATION, (marker, n: string) => {
    const source = sources.get(n);
    if (!source) return marker;
    const url = /^https?:\/\/\S+$/.test(source) ? source : null;
    return url ? `[${n}](${url})` : `[${n}: ${source}]`;
  });
  return cited.replace(UNESCAPE, '$1');
}

/**
 * Crux claim text → Kialo text: parentheses escaped except those of a Markdown link's address
 * (`](…)`), a backslash escaped when it would otherwise escape the next character, and line
 * breaks flattened (a Kialo claim is one block of text).
 */
export function writeKialoText(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  let out = '';
  let inLinkTarget = false;
  for (let i = 0; i < flat.length; i++) {
    const char = flat[i] as string;
    if (char === '(' && flat[i - 1] === ']' && !inLinkTarget) {
      inLinkTarget = true;
      out += char;
    } else if (char === ')' && inLinkTarget) {
      inLinkTarget = false;
      out += char;
    } else if (char === '(' || char === ')') out += `\\${char}`;
    else if (char === '\\' && /[()[\]\\*_]/.test(flat[i + 1] ?? '')) out += '\\\\';
    else out += char;
  }
  return out;
}

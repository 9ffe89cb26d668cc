// A claim's revision tag: a short hash of its whole row. Claims carry no version counter, and
// other writes (a moderator's wording edit, a hide, another merge) change different fields, so
// "has this claim changed since the preview?" is answered by the row itself: any change to any
// field changes the tag. The client treats it as opaque and sends it back with the merge.
import type { Claim } from '../model';

/** JSON with object keys sorted, so equal rows give equal strings whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a over UTF-16 code units with one 32-bit offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Two FNV-1a hashes (64 bits): a collision between two states of one claim is negligible. */
export function claimTag(claim: Claim): string {
  const json = canonicalJson(claim);
  const a = fnv1a(json, 0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv1a(json, 0x050c5d1f).toString(36).padStart(7, '0');
  return `${a}${b}`;
}

/** Deep equality of two rows (model rows are plain JSON data). */
export function sameRow(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

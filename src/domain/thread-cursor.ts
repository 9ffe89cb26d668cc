// Page cursors: an opaque, URL-safe token for "after this place in the thread". Opaque so clients
// cannot build offsets (which shift when comments are added); versioned so the format can change.
import type { ThreadPlace } from './thread-page';

// The rank may be negative: top-level comments added after the debate was written rank below 0.
const CURSOR_PATTERN = /^v1\.(-?\d{1,9})\.(\d{1,9})$/;

function toBase64Url(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function encodeThreadCursor(place: ThreadPlace): string {
  return toBase64Url(`v1.${place.rootRank}.${place.pos}`);
}

/** The place a cursor stands for, or null when it is not one of ours (the API answers 400). */
export function decodeThreadCursor(cursor: string): ThreadPlace | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const match = CURSOR_PATTERN.exec(text);
  if (!match) return null;
  return { rootRank: Number(match[1]), pos: Number(match[2]) };
}

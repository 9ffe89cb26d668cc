// Random tokens, their hashes and a constant-time comparison, with WebCrypto only: the app runs
// in the browser too (MSW), so no node: imports here.

/** A fresh random token: `bytes` random bytes in base64url (32 bytes: 43 characters). */
export function randomToken(bytes = 32): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return base64url(buffer);
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `prefix` + `length` random base36 characters, for ids such as `u-…`. */
export function randomId(prefix: string, length = 12): string {
  // 252 is the largest multiple of 36 below 256: rejecting bytes above it keeps every
  // character equally likely.
  let out = prefix;
  while (out.length < prefix.length + length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < 252 && out.length < prefix.length + length) out += BASE36[byte % 36];
    }
  }
  return out;
}

/** SHA-256 of a string's UTF-8 bytes, in lowercase hex. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether two strings are equal, taking the same time wherever they first differ, so a guesser
 * cannot learn a secret one character at a time. (Only the length may leak; tokens have a
 * fixed, public length.)
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return Uint8Array.from(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)), (ch) =>
      ch.charCodeAt(0),
    );
  } catch {
    return null;
  }
}

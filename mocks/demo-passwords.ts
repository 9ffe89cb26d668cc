// The demo's own password hashing: PBKDF2-SHA-256 from WebCrypto, because the demo runs the API
// in a service worker and scrypt (what the real server uses, server/auth/password.ts) is not in
// WebCrypto. Demo accounts live in memory and vanish on reload; this is not the server's scheme.
// Format: `pbkdf2-sha256$iterations$salt$hash`, salt and hash in base64url.
import type { PasswordHasher } from '../server/api/deps';
import { base64url, constantTimeEqual, fromBase64url } from '../server/auth/tokens';

const KEY_BITS = 256;
const SALT_BYTES = 16;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    KEY_BITS,
  );
  return base64url(new Uint8Array(bits));
}

/**
 * `iterations` defaults to OWASP's 600,000 for PBKDF2-SHA-256 (about 0.2 s in a browser);
 * component tests pass a few thousand to stay fast.
 */
export function createDemoPasswords(iterations = 600_000): PasswordHasher {
  const hash = async (password: string) => {
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    return [
      'pbkdf2-sha256',
      iterations,
      base64url(salt),
      await derive(password, salt, iterations),
    ].join('$');
  };
  return {
    hash,
    async verify(password, stored) {
      const [scheme, count, saltText, expected] = stored.split('$');
      const rounds = Number(count);
      const salt = fromBase64url(saltText ?? '');
      if (
        scheme !== 'pbkdf2-sha256' ||
        !Number.isInteger(rounds) ||
        rounds < 1 ||
        !salt ||
        !expected
      ) {
        return false;
      }
      return constantTimeEqual(await derive(password, salt, rounds), expected);
    },
    async verifyNobody(password) {
      await hash(password);
      return false;
    },
  };
}

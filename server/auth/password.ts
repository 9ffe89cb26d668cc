// Password hashing with scrypt from node:crypto: a fresh random salt per user, parameters stored
// with the hash so they can be raised later without breaking old accounts, and a constant-time
// comparison. Format: `scrypt$N$r$p$salt$hash`, salt and hash in base64url.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/** OWASP's recommended minimum for scrypt (N = 2^17, r = 8, p = 1): 128 MiB and ~0.3 s per hash here. */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
const MAX_MEMORY = 256 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, KEY_LENGTH, { N, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, PARAMS.N, PARAMS.r, PARAMS.p);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** True when `password` matches `stored`. A malformed stored hash never matches (and never throws). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (![N, R, P].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), N, R, P);
  return timingSafeEqual(actual, expected);
}

/**
 * Spends the time a verification takes, for when the username is unknown, so that "no such user"
 * and "wrong password" take the same time and cannot be told apart. Always false.
 */
export async function verifyNobody(password: string): Promise<false> {
  await hashPassword(password);
  return false;
}

// The API's rate limits: writes per user and per address, sign-in and sign-up per address.
// Made per app (not per module), so two apps in one test never share buckets.
import type { RateLimits } from '../api/deps';
import { createRateLimiter, type RateDecision } from './rate-limit';

/**
 * Generous for a person writing, tight for a script: a burst of 30 writes then one every 2 s per
 * user; 60 then one a second per address (several people behind one NAT); 20 sign-in attempts
 * then one every 10 s per address.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  userWrites: { capacity: 30, refillPerSecond: 1 / 2 },
  addressWrites: { capacity: 60, refillPerSecond: 1 },
  addressAuth: { capacity: 20, refillPerSecond: 1 / 10 },
};

export interface ApiLimits {
  /** One write by `userId` from `address`: refused if either bucket is empty. */
  write(userId: string, address: string): RateDecision;
  /** One sign-in or sign-up attempt from `address`. */
  auth(address: string): RateDecision;
}

export function createApiLimits(
  overrides: Partial<RateLimits> = {},
  now: () => Date = () => new Date(),
): ApiLimits {
  const settings = { ...DEFAULT_RATE_LIMITS, ...overrides };
  const clock = () => now().getTime();
  const byUser = createRateLimiter({ ...settings.userWrites, now: clock });
  const byAddress = createRateLimiter({ ...settings.addressWrites, now: clock });
  const authByAddress = createRateLimiter({ ...settings.addressAuth, now: clock });
  return {
    write(userId, address) {
      // A user over their limit is refused without draining the address's bucket, so one
      // writer's burst does not lock out the others behind the same address.
      const user = byUser.take(userId);
      return user.ok ? byAddress.take(address) : user;
    },
    auth: (address) => authByAddress.take(address),
  };
}

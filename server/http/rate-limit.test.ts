import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('rate limiter', () => {
  it('allows a burst up to capacity, then refuses with a Retry-After', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: c.now });
    expect([1, 2, 3].map(() => limiter.take('u').ok)).toEqual([true, true, true]);
    expect(limiter.take('u')).toEqual({ ok: false, retryAfterSeconds: 2 });
    c.advance(2000);
    expect(limiter.take('u').ok).toBe(true);
    expect(limiter.take('u').ok).toBe(false);
  });

  it('keeps keys apart', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock().now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('never holds more than capacity after a long idle time', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 10, now: c.now });
    c.advance(60_000);
    expect([1, 2, 3].map(() => limiter.take('u').ok)).toEqual([true, true, false]);
  });

  it('sweeps idle, full buckets when too many keys are tracked', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    c.advance(5_000);
    // 'a' and 'b' are full again and swept; a fresh 'a' starts full.
    expect(limiter.take('c').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(true);
  });
});

// Token buckets for write limits, one per key (a user id, an address). Each key may burst up to
// `capacity` writes and then earns `refillPerSecond` back. Per process: with several processes
// behind a load balancer each enforces its own share, which bounds abuse without a shared store.
// No timers: buckets are refilled lazily on use and idle ones swept as new keys arrive.

export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  /** Injected clock in milliseconds, for tests. */
  now?: () => number;
  /** Most keys tracked before full, idle buckets are swept. */
  maxKeys?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one token for `key`, or says how long until one is available. */
  take(key: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { capacity, refillPerSecond, now = Date.now, maxKeys = 10_000 } = options;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, time: number) => {
    const earned = ((time - bucket.at) / 1000) * refillPerSecond;
    bucket.tokens = Math.min(capacity, bucket.tokens + earned);
    bucket.at = time;
  };

  const sweep = (time: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, time);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
  };

  return {
    take(key) {
      const time = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) sweep(time);
        bucket = { tokens: capacity, at: time };
        buckets.set(key, bucket);
      }
      refill(bucket, time);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
      return { ok: false, retryAfterSeconds };
    },
  };
}

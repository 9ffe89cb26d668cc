// Timing and memory helpers for the server benchmark.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in MB: what the live objects really hold. */
export function settledHeapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export interface Timing {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return {
    count: sorted.length,
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    meanMs: round(mean),
  };
}

/**
 * Runs `work` once per item, timing each call alone; a `work` that returns a number has timed
 * the part that matters itself (set-up excluded), and that number is taken instead.
 */
export function timeEach<T>(items: readonly T[], work: (item: T) => unknown): number[] {
  const samples: number[] = [];
  for (const item of items) {
    const start = performance.now();
    const own = work(item);
    samples.push(typeof own === 'number' ? own : performance.now() - start);
  }
  return samples;
}

export function timeOnce<R>(work: () => R): { ms: number; result: R } {
  const start = performance.now();
  const result = work();
  return { ms: round(performance.now() - start, 1), result };
}

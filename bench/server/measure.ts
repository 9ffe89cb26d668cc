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
  /**
   * The same calls' CPU time (process.cpuUsage, precise to the microsecond on Linux): what the
   * code costs, without the time the process waited for a core on a busy machine.
   */
  cpu: { p50Ms: number; p95Ms: number; p99Ms: number };
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function percentiles(samples: readonly number[]) {
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

export interface Samples {
  wall: number[];
  cpu: number[];
}

export function summarise(samples: Samples): Timing {
  const { p50Ms, p95Ms, p99Ms } = percentiles(samples.cpu);
  return { ...percentiles(samples.wall), cpu: { p50Ms, p95Ms, p99Ms } };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Runs `work` once per item, timing each call alone. A `work` that does set-up first calls
 * `start()` when the part to time begins.
 */
export function timeEach<T>(
  items: readonly T[],
  work: (item: T, start: () => void) => unknown,
): Samples {
  const samples: Samples = { wall: [], cpu: [] };
  for (const item of items) {
    let wall = performance.now();
    let cpu = process.cpuUsage();
    work(item, () => {
      wall = performance.now();
      cpu = process.cpuUsage();
    });
    samples.wall.push(performance.now() - wall);
    samples.cpu.push(cpuMs(cpu));
  }
  return samples;
}

export function timeOnce<R>(work: () => R): { ms: number; cpuMs: number; result: R } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  return { ms: round(performance.now() - wall, 1), cpuMs: round(cpuMs(cpu), 1), result };
}

// What the benchmark measures inside the page. Installed before any page script runs
// (addInitScript), so LCP, layout shifts, interactions and long animation frames are all seen.
// Frame times are requestAnimationFrame deltas recorded only while a scenario step runs.

export interface PageMetrics {
  lcp: number;
  cls: number;
  /** Longest Event Timing duration per interaction id. */
  interactions: number[];
  /** Durations of long animation frames (> 50 ms). */
  longAnimationFrames: number[];
  /** Frame deltas per scenario step. */
  frames: Record<string, number[]>;
}

declare global {
  interface Window {
    __bench: PageMetrics & {
      startFrames(step: string): void;
      stopFrames(): void;
      interactionMax: Record<number, number>;
    };
  }
}

/** Runs in the page: keep it self-contained (it is serialised by playwright). */
export function installPageMetrics(): void {
  const bench = {
    lcp: 0,
    cls: 0,
    interactions: [] as number[],
    interactionMax: {} as Record<number, number>,
    longAnimationFrames: [] as number[],
    frames: {} as Record<string, number[]>,
    running: null as string | null,
    last: 0,
    startFrames(step: string) {
      bench.running = step;
      bench.frames[step] = bench.frames[step] ?? [];
      bench.last = 0;
      const tick = (now: number) => {
        if (bench.running !== step) return;
        if (bench.last > 0) bench.frames[step]?.push(now - bench.last);
        bench.last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      bench.running = null;
    },
  };
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void, extra = {}) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) onEntry(entry);
      }).observe({ type, buffered: true, ...extra } as PerformanceObserverInit);
    } catch {
      // An entry type this browser lacks is reported as missing (0 / empty), not as a failure.
    }
  };
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
  });
  observe('layout-shift', (e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) bench.cls += shift.value;
  });
  observe(
    'event',
    (e) => {
      const event = e as PerformanceEntry & { interactionId?: number };
      if (!event.interactionId) return;
      const previous = bench.interactionMax[event.interactionId] ?? 0;
      bench.interactionMax[event.interactionId] = Math.max(previous, e.duration);
    },
    { durationThreshold: 16 },
  );
  observe('long-animation-frame', (e) => {
    bench.longAnimationFrames.push(e.duration);
  });
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}

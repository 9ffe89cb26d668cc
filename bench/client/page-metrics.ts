// The shape of what page-metrics.js records in the page, for the benchmark's Node side.

export interface PageMetrics {
  lcp: number;
  cls: number;
  /** Longest Event Timing duration per interaction id. */
  interactions: number[];
  /** Durations of long animation frames (> 50 ms). */
  longAnimationFrames: number[];
  /** Frame deltas per scenario step. */
  frames: Record<string, number[]>;
  /** Interactions over 48 ms: event, its phases and the scenario step it came in. */
  slowInteractions: SlowInteraction[];
}

export interface SlowInteraction {
  name: string;
  duration: number;
  input: number;
  processing: number;
  presentation: number;
  step: string;
  target: string;
}

declare global {
  interface Window {
    __bench: PageMetrics & {
      startFrames(step: string): void;
      at(step: string): void;
      lcpElement: string;
      stopFrames(): void;
      interactionMax: Record<number, number>;
    };
  }
}

/** The in-page collector, as a file for playwright's addInitScript. */
export const PAGE_METRICS_SCRIPT = new URL('./page-metrics.js', import.meta.url).pathname;

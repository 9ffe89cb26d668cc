// What the benchmark measures inside the page, installed before any page script runs
// (playwright's addInitScript with this file's path): LCP, layout shifts, interactions (Event
// Timing, longest entry per interaction) and long animation frames. Frame times are
// requestAnimationFrame deltas recorded only while a scenario step runs. Plain JavaScript so
// that no build step rewrites it: it runs as is in the page.
(() => {
  const bench = {
    lcp: 0,
    cls: 0,
    interactionMax: {},
    /** The slowest interactions with what they were, to see which step to work on. */
    slowInteractions: [],
    longAnimationFrames: [],
    frames: {},
    running: null,
    last: 0,
    lastStep: 'open',
    startFrames(step) {
      bench.running = step;
      bench.lastStep = step;
      bench.frames[step] = bench.frames[step] || [];
      bench.last = 0;
      const tick = (now) => {
        if (bench.running !== step) return;
        if (bench.last > 0) bench.frames[step].push(now - bench.last);
        bench.last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      bench.running = null;
    },
    /** Names the step for interactions that come outside a recorded one (clicks). */
    at(step) {
      bench.lastStep = step;
    },
    lcpElement: '',
  };
  const observe = (type, onEntry, extra) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) onEntry(entry);
      }).observe(Object.assign({ type, buffered: true }, extra || {}));
    } catch {
      // An entry type this browser lacks is reported as missing (0 / empty), not as a failure.
    }
  };
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
    const el = e.element;
    bench.lcpElement = el
      ? `${el.tagName.toLowerCase()}.${el.className} ${e.size}px² ${(el.textContent || '').slice(0, 40)}`
      : e.url || '';
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.cls += e.value;
  });
  observe(
    'event',
    (e) => {
      if (!e.interactionId) return;
      if (e.duration > 48) {
        const target = e.target?.getAttribute
          ? e.target.getAttribute('aria-label') || e.target.className
          : '';
        bench.slowInteractions.push({
          name: e.name,
          duration: e.duration,
          input: e.processingStart - e.startTime,
          processing: e.processingEnd - e.processingStart,
          presentation: e.startTime + e.duration - e.processingEnd,
          step: bench.running || bench.lastStep,
          target: String(target).slice(0, 60),
        });
      }
      bench.interactionMax[e.interactionId] = Math.max(
        bench.interactionMax[e.interactionId] || 0,
        e.duration,
      );
    },
    { durationThreshold: 16 },
  );
  observe('long-animation-frame', (e) => {
    bench.longAnimationFrames.push(e.duration);
  });
  window.__bench = bench;
})();

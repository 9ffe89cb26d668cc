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
    longAnimationFrames: [],
    frames: {},
    running: null,
    last: 0,
    startFrames(step) {
      bench.running = step;
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
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.cls += e.value;
  });
  observe(
    'event',
    (e) => {
      if (!e.interactionId) return;
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

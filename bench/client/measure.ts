// One measured run of the scenario on one page, reduced to the figures the issue asks for.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { PAGE_METRICS_SCRIPT, type PageMetrics } from './page-metrics';
import { runScenario, type Target } from './scenario';

export interface TargetResult {
  claims: number;
  target: Target['name'];
  lcpMs: number;
  cls: number;
  /** Frame times over the pan, fit-all, pan-at-fit-all, zoom and thread steps. */
  frameP50Ms: number;
  frameP95Ms: number;
  /** Share of frames over 25 ms. */
  framesOver25: number;
  /** p95 of the frames while panning at fit-all zoom (the worst zoom for a map). */
  fitAllFrameP95Ms: number;
  interactionP98Ms: number;
  interactionMaxMs: number;
  longAnimationFrameTotalMs: number;
  maxDomElements: number;
  jsHeapMb: number;
  firstViewJsGzipKb: number;
  /** What the first view fetched from the API for this debate, decoded. */
  debatePayloadKb: number;
  /** The same, gzip-compressed (what crosses the wire when the server compresses). */
  debatePayloadGzipKb: number;
  /** Where the time went, for whoever works on a figure: not in the table. */
  detail?: {
    lcpElement: string;
    /** When the page asked for the debate's overview and when it had it; LCP after that. */
    overviewStartMs: number;
    overviewEndMs: number;
    lcpAfterOverviewMs: number;
    frameP95ByStep: Record<string, number>;
    slowInteractions: PageMetrics['slowInteractions'];
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function measure(
  browser: Browser,
  target: Target,
  debateId: string,
  /** A path for a Chromium trace (.json) and CPU profile (.cpuprofile) of the whole run. */
  trace?: string,
): Promise<Omit<TargetResult, 'claims'>> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ path: PAGE_METRICS_SCRIPT });
  const cdp = await context.newCDPSession(page);
  if (trace) {
    await browser.startTracing(page, { path: `${trace}.json`, screenshots: false });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }

  let firstView = true;
  const scriptBodies: Promise<number>[] = [];
  const apiBodies: Promise<{ raw: number; gzip: number }>[] = [];
  page.on('response', (response: Response) => {
    const request = response.request();
    if (firstView && request.resourceType() === 'script') {
      scriptBodies.push(response.body().then((body) => gzipSync(body).length));
    }
    // Everything the first view fetched from the API: the debate and the first thread page. Not
    // the live-update stream, which never ends (and whose events are not the first view's data).
    const stream = response.headers()['content-type']?.startsWith('text/event-stream') ?? false;
    const forDebate = new URL(response.url()).pathname.startsWith(`/api/debates/${debateId}`);
    if (firstView && forDebate && !stream) {
      apiBodies.push(
        response.body().then((body) => ({ raw: body.length, gzip: gzipSync(body).length })),
      );
    }
  });

  await page.goto(target.url);
  await target.ready(page);
  firstView = false;
  const samples = await runScenario(page, target);
  if (trace) {
    await browser.stopTracing();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(`${trace}.cpuprofile`, JSON.stringify(profile));
  }
  const metrics = (await page.evaluate((debatePath) => {
    const b = window.__bench;
    // When the debate's overview finished arriving: LCP after it is the client's own share.
    const overview = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname === debatePath) as
      | PerformanceResourceTiming
      | undefined;
    const { lcp, cls, interactionMax, longAnimationFrames, frames, slowInteractions } = b;
    const interactions = Object.values(interactionMax);
    return {
      lcp,
      cls,
      interactions,
      longAnimationFrames,
      frames,
      slowInteractions,
      lcpElement: b.lcpElement,
      overviewStart: overview?.startTime ?? 0,
      overviewEnd: overview?.responseEnd ?? 0,
    };
  }, `/api/debates/${debateId}`)) as PageMetrics & {
    lcpElement: string;
    overviewStart: number;
    overviewEnd: number;
  };
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const jsGzip = (await Promise.all(scriptBodies)).reduce((a, b) => a + b, 0);
  const debatePayload = (await Promise.all(apiBodies)).reduce(
    (sum, body) => ({ raw: sum.raw + body.raw, gzip: sum.gzip + body.gzip }),
    { raw: 0, gzip: 0 },
  );
  await context.close();

  const allFrames = Object.values(metrics.frames).flat();
  return {
    target: target.name,
    lcpMs: round(metrics.lcp, 0),
    cls: round(metrics.cls, 3),
    frameP50Ms: round(percentile(allFrames, 50)),
    frameP95Ms: round(percentile(allFrames, 95)),
    framesOver25: round(allFrames.filter((f) => f > 25).length / Math.max(1, allFrames.length), 3),
    fitAllFrameP95Ms: round(percentile(metrics.frames['pan-at-fit-all'] ?? [], 95)),
    interactionP98Ms: round(percentile(metrics.interactions, 98), 0),
    interactionMaxMs: round(Math.max(0, ...metrics.interactions), 0),
    longAnimationFrameTotalMs: round(
      metrics.longAnimationFrames.reduce((a, b) => a + b, 0),
      0,
    ),
    maxDomElements: Math.max(...samples.map((s) => s.domElements)),
    jsHeapMb: round(heap.usedSize / 2 ** 20),
    firstViewJsGzipKb: round(jsGzip / 1024),
    debatePayloadKb: round(debatePayload.raw / 1024),
    debatePayloadGzipKb: round(debatePayload.gzip / 1024),
    detail: {
      lcpElement: metrics.lcpElement,
      overviewStartMs: round(metrics.overviewStart, 0),
      overviewEndMs: round(metrics.overviewEnd, 0),
      lcpAfterOverviewMs: round(metrics.lcp - metrics.overviewEnd, 0),
      frameP95ByStep: Object.fromEntries(
        Object.entries(metrics.frames).map(([step, f]) => [step, round(percentile(f, 95))]),
      ),
      slowInteractions: metrics.slowInteractions.map((i) => ({
        ...i,
        duration: round(i.duration, 0),
        input: round(i.input, 0),
        processing: round(i.processing, 0),
        presentation: round(i.presentation, 0),
      })),
    },
  };
}

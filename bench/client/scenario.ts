// The fixed scenario the client benchmark drives, the same for Crux and for the baseline:
// open the debate, pan, zoom out to fit all (and pan there), zoom in, select ten claims, scroll
// the thread (Crux only: the baseline has no thread). Frames are recorded per step.
import type { Locator, Page } from 'playwright-core';

export interface Target {
  name: 'crux' | 'baseline';
  /** The page to open. */
  url: string;
  /** Resolves once the map has drawn. */
  ready(page: Page): Promise<void>;
  /** The element that receives drags and wheel events for the map. */
  mapSurface(page: Page): Locator;
  fitAll(page: Page): Promise<void>;
  /** Claim elements that can be clicked to select them. */
  claimElements(page: Page): Locator;
  /** CSS selector of the selected claim's element (both pages keep it in the DOM at every zoom). */
  selectedClaimSelector: string;
  /** The scrollable thread, when the page has one. */
  thread?(page: Page): Locator;
}

const FRAME = 16;

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('benchmark: the map surface is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function recorded(page: Page, step: string, action: () => Promise<void>): Promise<void> {
  await page.evaluate((name) => window.__bench.startFrames(name), step);
  await action();
  await page.waitForTimeout(250);
  await page.evaluate(() => window.__bench.stopFrames());
}

/** A drag the way a hand does it: one pointer move per frame. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  const steps = 30;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
    await page.waitForTimeout(FRAME);
  }
  await page.mouse.up();
}

async function wheel(page: Page, at: { x: number; y: number }, deltaY: number, times: number) {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(FRAME * 3);
  }
}

export interface StepSample {
  step: string;
  domElements: number;
}

/**
 * Clicks where claims are drawn, as a hand would: the first `count` whose centres are on screen
 * inside the map. Returns how many were clicked.
 */
async function clickClaims(
  page: Page,
  target: Target,
  mapBox: { x: number; y: number; width: number; height: number } | null,
  count: number,
): Promise<number> {
  const claims = target.claimElements(page);
  let clicked = 0;
  // At most the first 200 candidates: a page that puts every claim in the DOM has thousands.
  const candidates = Math.min(200, await claims.count());
  for (let i = 0; i < candidates && clicked < count; i++) {
    const box = await claims.nth(i).boundingBox();
    if (!box || !mapBox) continue;
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 20);
    const inside =
      x > mapBox.x && x < mapBox.x + mapBox.width && y > mapBox.y && y < mapBox.y + mapBox.height;
    if (!inside) continue;
    await page.mouse.click(x, y);
    await page.waitForTimeout(FRAME * 6);
    clicked++;
  }
  return clicked;
}

/** Runs the scenario; returns the DOM element count after each step. */
export async function runScenario(page: Page, target: Target): Promise<StepSample[]> {
  const samples: StepSample[] = [];
  const sample = async (step: string) => {
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    samples.push({ step, domElements });
    // BENCH_SCREENSHOTS=DIR keeps a picture of every step, to see what was measured.
    const dir = process.env.BENCH_SCREENSHOTS;
    if (dir) await page.screenshot({ path: `${dir}/${target.name}-${step}.png` });
  };
  await sample('open');
  const surface = target.mapSurface(page);
  const centre = await centreOf(surface);
  const mapBox = await surface.boundingBox();

  await page.evaluate(() => window.__bench.at('select-first'));
  // One claim selected first, so that after fitting all there is a known place to zoom back to.
  if ((await clickClaims(page, target, mapBox, 1)) === 0) {
    throw new Error(`benchmark: no claim of ${target.name} could be clicked`);
  }

  await recorded(page, 'pan', () => drag(page, centre, -300, -200));
  await sample('pan');

  await recorded(page, 'fit-all', () => target.fitAll(page));
  await recorded(page, 'pan-at-fit-all', () => drag(page, centre, 120, 80));
  await sample('fit-all');

  // Zoom in towards the selected claim, finding it again before every wheel step, until its card
  // is about 60 % of its full size (where several cards fit on screen and text is readable).
  const selectedBox = () =>
    page.evaluate((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width } : null;
    }, target.selectedClaimSelector);
  await page.keyboard.down('Control');
  await recorded(page, 'zoom-in', async () => {
    for (let i = 0; i < 40; i++) {
      const box = await selectedBox();
      if (box && box.width >= 140) break;
      await wheel(page, box ?? centre, -120, 1);
    }
  });
  await page.keyboard.up('Control');
  await sample('zoom-in');

  await page.evaluate(() => window.__bench.at('select-claims'));
  const clicked = await clickClaims(page, target, mapBox, 10);
  if (clicked === 0) throw new Error(`benchmark: no claim of ${target.name} could be clicked`);
  await sample('select-claims');

  const thread = target.thread?.(page);
  if (thread) {
    const at = await centreOf(thread);
    await recorded(page, 'thread-scroll', () => wheel(page, at, 600, 25));
    await sample('thread-scroll');
  }
  return samples;
}

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

/** Runs the scenario; returns the DOM element count after each step. */
export async function runScenario(page: Page, target: Target): Promise<StepSample[]> {
  const samples: StepSample[] = [];
  const sample = async (step: string) => {
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    samples.push({ step, domElements });
  };
  await sample('open');
  const surface = target.mapSurface(page);
  const centre = await centreOf(surface);

  await recorded(page, 'pan', () => drag(page, centre, -300, -200));
  await sample('pan');

  await recorded(page, 'fit-all', () => target.fitAll(page));
  await recorded(page, 'pan-at-fit-all', () => drag(page, centre, 120, 80));
  await sample('fit-all');

  await page.keyboard.down('Control');
  await recorded(page, 'zoom-in', () => wheel(page, centre, -120, 12));
  await page.keyboard.up('Control');
  await sample('zoom-in');

  const claims = target.claimElements(page);
  const count = Math.min(10, await claims.count());
  for (let i = 0; i < count; i++) {
    await claims.nth(i).click({ timeout: 5_000 });
    await page.waitForTimeout(FRAME * 4);
  }
  await sample('select-claims');

  const thread = target.thread?.(page);
  if (thread) {
    const at = await centreOf(thread);
    await recorded(page, 'thread-scroll', () => wheel(page, at, 600, 25));
    await sample('thread-scroll');
  }
  return samples;
}

// The map by touch in Chromium, with real touch events (CDP Input.dispatchTouchEvent on a page
// with a touch screen): one finger drags the map even when it lands on a card, a tap selects a
// card, and two fingers pinch-zoom around the point between them.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { serveSeededCrux } from './harness';

const served = serveSeededCrux();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
type Finger = { x: number; y: number };

async function openOnTouchScreen(): Promise<{ page: Page; touch: CDPSession }> {
  context = await served.browser.newContext({
    viewport: { width: 1400, height: 900 },
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`${served.crux.url}debates/social-productivity`);
  await page.locator('.map-node').first().waitFor();
  return { page, touch: await context.newCDPSession(page) };
}

/** Fingers down, moved in `steps` frames from `from` to `to` (one list entry per finger), up. */
async function gesture(page: Page, touch: CDPSession, from: Finger[], to: Finger[], steps = 12) {
  const at = (t: number) =>
    from.map((start, id) => {
      const end = to[id] ?? start;
      return { id, x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t };
    });
  // Fingers land one after another, as hands do.
  for (let n = 1; n <= from.length; n++) {
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: at(0).slice(0, n),
    });
  }
  for (let i = 1; i <= steps; i++) {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
    await page.waitForTimeout(16);
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // A hand pauses between gestures; a tap sooner than this reads as a double tap's second.
  await page.waitForTimeout(400);
}

async function tap(page: Page, touch: CDPSession, at: Finger) {
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(100);
}

const boxOf = async (page: Page, claimId: string): Promise<Box> => {
  const box = await page.locator(`.map-node[data-claim-id="${claimId}"]`).boundingBox();
  if (!box) throw new Error(`claim ${claimId} is not on screen`);
  return box;
};
const centre = (box: Box): Finger => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const zoomLevel = (page: Page) => page.locator('.map-zoom__level').textContent();

describe('the map by touch', () => {
  it('drags with one finger, even from a card, without selecting it; a tap selects', async () => {
    const { page, touch } = await openOnTouchScreen();
    const before = await boxOf(page, 'thesis');
    const start = centre(before);
    await gesture(page, touch, [start], [{ x: start.x - 150, y: start.y + 90 }]);
    const after = await boxOf(page, 'thesis');
    expect(after.x - before.x).toBeCloseTo(-150, -1);
    expect(after.y - before.y).toBeCloseTo(90, -1);
    expect(page.url()).not.toContain('claim=');

    await tap(page, touch, centre(after));
    await expect.poll(() => page.url()).toContain('claim=thesis');
  });

  it('pinch-zooms around the point between the fingers', async () => {
    const { page, touch } = await openOnTouchScreen();
    const levelBefore = Number.parseInt((await zoomLevel(page)) ?? '', 10);
    const before = await boxOf(page, 'thesis');
    const mid = centre(before);
    await gesture(
      page,
      touch,
      [
        { x: mid.x - 60, y: mid.y },
        { x: mid.x + 60, y: mid.y },
      ],
      [
        { x: mid.x - 120, y: mid.y },
        { x: mid.x + 120, y: mid.y },
      ],
    );
    const after = await boxOf(page, 'thesis');
    // The fingers moved twice as far apart: the map is twice as big, where they were.
    expect(after.width / before.width).toBeCloseTo(2, 1);
    expect(Number.parseInt((await zoomLevel(page)) ?? '', 10)).toBeGreaterThan(levelBefore * 1.8);
    const moved = centre(after);
    expect(Math.abs(moved.x - mid.x)).toBeLessThan(4);
    expect(Math.abs(moved.y - mid.y)).toBeLessThan(4);
    expect(page.url()).not.toContain('claim=');
  });
});

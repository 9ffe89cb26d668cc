// The map in Chromium: keyboard travel through the seed map with a visible focus ring, focus
// mode, a deep-linked claim centred on load, and a 10,000-claim debate that keeps the page under
// 1,400 DOM elements after load and after "Fit all" (cards only for what is on screen, a canvas
// overview when zoomed out).
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDebate } from '../scripts/gen/generate-debate';
import { openStore } from '../server/startup/open-store';
import type { Debate, Relation } from '../src/domain/model';
import { seedDebate } from '../src/seed/seed-debate';
import { launchBrowser, type RunningCrux, startCrux } from './harness';

const BIG_ID = 'big-map';
const THREAD_ID = 'long-thread';

/** The Reed claim's ancestors and descendants in the seed map. */
const FOCUS_LINE = [
  'arab-spring',
  'citizen-led',
  'middle-classes',
  'reed-contradiction',
  'rest-lack-ability',
  'thesis',
  'utopian',
  'very-excluded',
];

/**
 * A 10,000-claim debate shaped like the generator's: 30 top-level answers to a thesis, five
 * replies under each claim after that, every third one an attack, some second parents and one
 * cycle of attacks. No comments: this test is about the map.
 */
function bigDebate(n = 10_000): Debate {
  const claims = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    text: `Synthetic claim ${i}: whether public services improve when residents take part`,
  }));
  const relations: Relation[] = [];
  for (let i = 1; i < n; i++) {
    const parent = i <= 30 ? 0 : Math.floor((i - 31) / 5) + 1;
    relations.push({
      id: `r${i}`,
      from: `c${i}`,
      to: `c${parent}`,
      kind: i % 3 === 0 ? 'attacks' : 'supports',
    });
  }
  for (let i = 500; i < n; i += 997)
    relations.push({ id: `x${i}`, from: `c${i}`, to: `c${i - 400}`, kind: 'supports' });
  relations.push(
    { id: 'cyc1', from: 'c40', to: 'c41', kind: 'attacks' },
    { id: 'cyc2', from: 'c41', to: 'c40', kind: 'attacks' },
  );
  return {
    ...seedDebate,
    id: BIG_ID,
    post: { ...seedDebate.post, title: 'A very large map' },
    claims,
    relations,
    comments: [],
    anchors: [],
  };
}

let crux: RunningCrux;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crux-e2e-map-'));
  // Written through the server's own store, before the server starts: the seed is added too.
  const { store } = await openStore({ dataDir, databaseUrl: undefined });
  try {
    await store.createDebate(bigDebate());
    await store.createDebate(
      generateDebate({
        claims: 2_000,
        comments: 20_000,
        seed: 7,
        id: THREAD_ID,
        title: 'A long thread',
      }),
    );
  } finally {
    await store.close();
  }
  crux = await startCrux({ DATA_DIR: dataDir });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await crux?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openDebate(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${crux.url}${path}`);
  await page.locator('.map-node').first().waitFor();
  return page;
}

const map = (page: Page) => page.getByRole('region', { name: 'Argument map' });
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Whether the element's box lies inside the map viewport's box. */
async function insideViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const node = document.querySelector(sel)?.getBoundingClientRect();
    const frame = document.querySelector('.map__viewport')?.getBoundingClientRect();
    if (!node || !frame) return false;
    return (
      node.left >= frame.left &&
      node.right <= frame.right &&
      node.top >= frame.top &&
      node.bottom <= frame.bottom
    );
  }, selector);
}

describe('the map in a real browser', () => {
  it('moves through the seed map by keyboard, with a visible focus ring, and selects with Enter', async () => {
    const page = await openDebate('debates/social-productivity');
    await page.locator('.map-node__main[tabindex="0"]').focus();
    expect(await focusedName(page)).toMatch(/^Efforts to involve residents/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toMatch(/^Advocates of the Big Society/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toMatch(/^Citizen-led public services/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toMatch(/^The middle classes have/);
    const ring = await page.evaluate(() => {
      const style = document.activeElement ? getComputedStyle(document.activeElement) : null;
      return { style: style?.outlineStyle, width: Number.parseFloat(style?.outlineWidth ?? '0') };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(await insideViewport(page, '.map-node__main:focus')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('claim=middle-classes');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('claim=');
    await page.close();
  });

  it('focus mode keeps the claim’s line and branch bright, and Escape leaves it', async () => {
    const page = await openDebate('debates/social-productivity?claim=reed-contradiction');
    await map(page).getByRole('button', { name: 'Focus on this claim' }).click();
    await expect
      .poll(() =>
        map(page)
          .getByText(/^Focus: Reed contradicts himself/)
          .count(),
      )
      .toBe(1);
    // Only cards on screen are in the DOM: each is bright exactly when it is in the line.
    const line = new Set(FOCUS_LINE);
    const cards = await page.$$eval('.map-node', (nodes) =>
      nodes.map(
        (n) =>
          [
            (n as HTMLElement).dataset.claimId ?? '',
            (n as HTMLElement).dataset.dimmed === 'true',
          ] as const,
      ),
    );
    expect(cards.filter(([, dimmed]) => !dimmed).length).toBeGreaterThanOrEqual(3);
    for (const [id, dimmed] of cards) expect([id, dimmed]).toEqual([id, !line.has(id)]);
    await page.locator('.map-node__main[tabindex="0"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.map-node[data-dimmed]').count()).toBe(0);
    await page.close();
  });

  it('centres a deep-linked claim in the map on load', async () => {
    const page = await openDebate('debates/social-productivity?claim=arab-spring');
    const selected = '.map-node[data-selected="true"]';
    await page.locator(selected).waitFor();
    await expect.poll(() => insideViewport(page, selected)).toBe(true);
    await page.close();
  });

  it('exports what is shown as PNG and the whole map as SVG, as downloads', async () => {
    const page = await openDebate('debates/social-productivity');
    const exportAs = async (label: string) => {
      await map(page).getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        map(page).getByRole('button', { name: label }).click(),
      ]);
      return download;
    };
    const png = await exportAs('PNG — what is shown');
    expect(png.suggestedFilename()).toBe('social-productivity-view.png');
    const pngBytes = await readFile((await png.path()) ?? '');
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = await exportAs('SVG — the whole map');
    expect(svg.suggestedFilename()).toBe('social-productivity-map.svg');
    const text = await readFile((await svg.path()) ?? '', 'utf8');
    expect(text).toContain('>The Arab Spring shows that<');
    expect(text).toContain('<style>');
    await page.close();
  });

  it('keeps a 10,000-claim map under 1,400 DOM elements after load and after fit-all', async () => {
    const page = await openDebate(`debates/${BIG_ID}`);
    const count = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const cards = () => page.locator('.map-node').count();
    expect(await count()).toBeLessThan(1400);
    expect(await cards()).toBeGreaterThan(0);
    expect(await cards()).toBeLessThan(100);
    await map(page).getByRole('button', { name: 'Fit all' }).click();
    await page.locator('canvas.map-overview').waitFor();
    expect(await count()).toBeLessThan(1400);
    expect(await cards()).toBeLessThanOrEqual(2);
    // Zooming back in brings readable cards back.
    await page.locator('.map__viewport').hover();
    for (let i = 0; i < 14; i++) await page.keyboard.press('+');
    await page.locator('.map__nodes .map-node').first().waitFor();
    expect(await count()).toBeLessThan(1400);
    await page.close();
  }, 120_000);

  it('keeps a 20,000-comment thread to what is on screen: flat while idle, a little more per scroll', async () => {
    const page = await openDebate(`debates/${THREAD_ID}`);
    const count = () => page.evaluate(() => document.getElementsByTagName('*').length);
    await page.locator('.thread__list > li').first().waitFor();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/comments')) requests.push(r.url());
    });
    const atLoad = await count();
    expect(atLoad).toBeLessThan(1400);
    await page.waitForTimeout(2_000);
    expect(await count()).toBeLessThan(1400);
    expect(requests).toEqual([]);
    // Scroll well past the first page: pages load as the end nears, the DOM stays small.
    const discussion = page.locator('.discussion');
    await discussion.hover();
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 1_500);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(1_000);
    expect(await discussion.evaluate((el) => el.scrollTop)).toBeGreaterThan(20_000);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.length).toBeLessThan(10);
    expect(await count()).toBeLessThan(1400);
    await page.close();
  }, 120_000);
});

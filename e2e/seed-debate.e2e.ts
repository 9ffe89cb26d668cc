// The foundation's promise, end to end: `npm start` on an empty data folder serves the seed
// debate; selecting the middle-classes claim in the map highlights those words in the post, and
// a reload keeps the selection (the URL deep-links it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveSeededCrux, startCrux } from './harness';

const env = serveSeededCrux();

describe('the seed debate in a real browser', () => {
  it('links the map to the words in the post', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(env.crux.url);
    await page
      .getByRole('link', { name: /Social Productivity: Big Society 2\.0 or same BS\?/ })
      .click();
    await page.waitForURL(/\/debates\/social-productivity/);

    // The map draws only the cards on screen, and this claim starts off screen: a reader finds
    // it with the map's search (Enter steps to the match and brings it into view), then
    // selects its card.
    const map = page.getByRole('region', { name: /argument map/i });
    const card = map.getByRole('button', {
      name: /^The middle classes have the capacity to participate/,
    });
    const search = map.getByRole('searchbox', { name: 'Search claims' });
    await search.fill('middle classes have the capacity');
    await search.press('Enter');
    await card.click();
    expect(await card.getAttribute('aria-pressed')).toBe('true');

    const selectedWords = page.locator('mark[aria-pressed="true"]');
    await expect.poll(() => selectedWords.count()).toBeGreaterThan(0);
    expect(await selectedWords.first().textContent()).toContain('the middle classes');
    expect(page.url()).toContain('claim=middle-classes');

    await page.reload();
    await expect.poll(() => page.locator('mark[aria-pressed="true"]').count()).toBeGreaterThan(0);
    expect(await page.locator('mark[aria-pressed="true"]').first().textContent()).toContain(
      'the middle classes',
    );
    await page.close();
  });

  it('selects a claim from its words: clicking highlighted words presses its node in the map', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${env.crux.url}debates/social-productivity`);
    await page
      .getByRole('button', { name: /“Tell that to the participants in the Arab Spring”/ })
      .click();
    const node = page
      .getByRole('region', { name: /argument map/i })
      .getByRole('button', { name: /The Arab Spring shows that people can organise themselves/ });
    await expect.poll(() => node.getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('keeps its data across a restart, seeding only once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crux-e2e-restart-'));
    try {
      for (let run = 0; run < 2; run++) {
        const server = await startCrux({ DATA_DIR: dataDir });
        try {
          const response = await fetch(`${server.url}api/debates`);
          expect(response.status).toBe(200);
          const body = (await response.json()) as { debates: { id: string; claimCount: number }[] };
          expect(body.debates.map((d) => d.id)).toEqual(['social-productivity']);
          expect(body.debates[0]?.claimCount).toBe(25);
        } finally {
          await server.stop();
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

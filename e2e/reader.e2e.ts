// A keyboard-only reader in real Chromium: no mouse anywhere. Tab reaches the "Diagram |
// Outline" switch, arrows choose the outline, Tab enters the tree; the tree keys move, fold and
// select, and the selection shows in the post's words. Words in the thread, reached by Tab,
// select their claim in the outline.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveSeededCrux } from './harness';

const env = serveSeededCrux();

/** Presses `key` until `matches` holds for the focused element (a function run in the page). */
async function pressUntil(page: Page, key: string, matches: () => boolean, limit = 400) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(matches)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`pressed ${key} ${limit} times without reaching the element`);
}

const onMapViewTab = () => document.activeElement?.id === 'view-tab-map';
/** Highlighted words in a comment: a mark inside an article that is not the post (which has the h1). */
const onCommentWords = () => {
  const active = document.activeElement;
  const article = active?.closest('article');
  return active?.tagName === 'MARK' && !!article && !article.querySelector('h1');
};

/** The focused element as Chromium exposes it: role and accessible name ("treeitem \"…\""). */
function focusedSnapshot(page: Page): Promise<string> {
  return page.locator('*:focus').ariaSnapshot();
}

async function openOutlineByKeyboard(page: Page) {
  await page.goto(`${env.crux.url}debates/social-productivity`);
  await page.getByRole('article', { name: /Social Productivity/ }).waitFor();
  await pressUntil(page, 'Tab', onMapViewTab);
  await page.keyboard.press('ArrowRight');
  const outlineTab = page.getByRole('tab', { name: 'Outline' });
  expect(await outlineTab.getAttribute('aria-selected')).toBe('true');
  // The outline's code is fetched on first use; like a reader who sees "Loading the outline…",
  // wait for the tree before tabbing into it.
  const tree = page.getByRole('tree', { name: 'Argument outline' });
  await tree.getByRole('treeitem').first().waitFor();
  return tree;
}

describe('the outline by keyboard alone', () => {
  it('tabs in, walks to a claim, selects it with Enter, folds and opens with Left and Right', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const tree = await openOutlineByKeyboard(page);
    await page.keyboard.press('Tab');
    expect(await focusedSnapshot(page)).toMatch(/treeitem "Efforts to involve residents/);

    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedSnapshot(page)).toMatch(/treeitem "The middle classes have the capacity/);
    // A visible focus ring on the focused row.
    const ring = await page.evaluate(() => {
      const row = document.activeElement?.querySelector('.outline-row');
      const style = row ? getComputedStyle(row) : null;
      return style ? `${style.outlineStyle} ${style.outlineWidth}` : 'none';
    });
    expect(ring).toBe('solid 3px');

    await page.keyboard.press('Enter');
    const selectedWords = page.locator('mark[aria-pressed="true"]');
    await expect.poll(() => selectedWords.count()).toBeGreaterThan(0);
    expect(await selectedWords.first().textContent()).toContain('the middle classes');
    expect(page.url()).toContain('claim=middle-classes');
    const middle = tree.getByRole('treeitem', { name: /^The middle classes/ });
    expect(await middle.getAttribute('aria-selected')).toBe('true');

    // Left on a leaf goes to its parent; Left again folds it; Right opens it and steps in.
    await page.keyboard.press('ArrowLeft');
    expect(await focusedSnapshot(page)).toMatch(/treeitem "Reed contradicts himself/);
    await page.keyboard.press('ArrowLeft');
    const reed = tree.getByRole('treeitem', { name: /^Reed contradicts himself/ });
    expect(await reed.getAttribute('aria-expanded')).toBe('false');
    expect(await middle.count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await reed.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focusedSnapshot(page)).toMatch(/treeitem "The middle classes have/);

    // Escape clears the selection everywhere.
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedWords.count()).toBe(0);
    await page.close();
  });

  it('selects in the outline the claim whose words in the thread were reached by Tab', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const tree = await openOutlineByKeyboard(page);
    await tree.getByRole('treeitem').first().waitFor();
    // The thread comes before the map pane: go back from the switch to a comment's words.
    await pressUntil(page, 'Shift+Tab', onCommentWords);
    const label = (await page.locator('*:focus').getAttribute('aria-label')) ?? '';
    const claimText = label.split('states the claim: ')[1] ?? '';
    expect(claimText).not.toBe('');
    await page.keyboard.press('Enter');

    const selected = tree.getByRole('treeitem', { selected: true });
    await expect.poll(() => selected.count()).toBe(1);
    expect(await selected.textContent()).toContain(claimText);
    await page.close();
  });
});

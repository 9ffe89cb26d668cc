// The Commenter's promise in real Chromium against `npm start`: a newcomer signs up, attacks
// "the middle classes have the capacity…" with a reply, and the new claim appears in the map
// with its words highlighted in the new comment; a second reader, already on the page in another
// browser context, sees the reply and the claim arrive without reloading.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningCrux, startCrux } from './harness';

// Our own build folder, so other suites building dist/ at the same time are not disturbed.
const DIST = process.env.CRUX_DIST_DIR ?? '/tmp/crux-dist-client';
const DEBATE = 'debates/social-productivity';
const NEW_CLAIM = 'Capacity is not the same as having the time';

let crux: RunningCrux;
let browser: Browser;
beforeAll(async () => {
  crux = await startCrux({ CRUX_DIST_DIR: DIST });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await crux?.stop();
});

async function openDebate(page: Page, query = '') {
  await page.goto(`${crux.url}${DEBATE}${query}`);
  await page.getByRole('article', { name: /Social Productivity/ }).waitFor();
  await page.getByRole('region', { name: 'Argument map' }).waitFor();
}

async function signUp(page: Page, name: string) {
  const account = page.getByRole('region', { name: 'Your account' });
  await account.getByRole('button', { name: 'Create an account', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an account' });
  await dialog.getByLabel('Username').fill(name);
  await dialog.getByLabel('Password').fill('correct horse battery');
  await dialog.getByRole('button', { name: 'Create an account', exact: true }).click();
  await account.getByText(`Signed in as ${name}`).waitFor();
}

/** The map draws only cards on screen: find a claim with its search, which brings it there. */
async function findCard(page: Page, words: string) {
  const map = page.getByRole('region', { name: 'Argument map' });
  const search = map.getByRole('searchbox', { name: 'Search claims' });
  await search.fill(words);
  await search.press('Enter');
  return map.getByRole('button', { name: new RegExp(`^${words}`) });
}

describe('a newcomer replies to a claim, and another reader sees it live', () => {
  it('signs up, attacks the middle-classes claim, and the map grows in both browsers', async () => {
    const viewport = { width: 1400, height: 900 };
    const reader = await (await browser.newContext({ viewport })).newPage();
    await openDebate(reader);
    await reader.getByRole('article', { name: 'Comment 2 by Unnamed commenter' }).waitFor();

    const writer = await (await browser.newContext({ viewport })).newPage();
    await openDebate(writer, '?claim=middle-classes');
    await signUp(writer, 'newcomer');
    const map = writer.getByRole('region', { name: 'Argument map' });
    await map.getByRole('button', { name: 'Reply to this claim' }).click();
    const dialog = writer.getByRole('dialog', { name: 'Reply to a claim' });
    expect(await dialog.textContent()).toContain('Your reply will go under the post');
    await dialog
      .getByLabel('Your reply')
      .fill(`${NEW_CLAIM}. Most people who could take part work long hours.`);
    await dialog.getByRole('radio', { name: 'Attacks it' }).check();
    expect(await dialog.getByLabel('Claim', { exact: true }).inputValue()).toBe(`${NEW_CLAIM}.`);
    await dialog.getByRole('button', { name: 'Send reply' }).click();
    await dialog.waitFor({ state: 'detached' });
    const sentAt = Date.now();

    // The writer: the new claim is selected in the map, its words marked in the new comment.
    const card = map.getByRole('button', { name: new RegExp(`^${NEW_CLAIM}`) });
    await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
    expect(await card.getAttribute('aria-label')).toMatch(/attacks “The middle classes have/);
    const mine = writer.getByRole('article', { name: /by newcomer$/ });
    await expect
      .poll(() => mine.locator('mark[aria-pressed="true"]').first().textContent())
      .toBe(`${NEW_CLAIM}.`);
    expect(await mine.getByText('Attacks:').count()).toBe(1);

    // The reader, who never reloaded: the reply in the thread and the claim in the map.
    await reader.getByRole('article', { name: /by newcomer$/ }).waitFor({ timeout: 5000 });
    const arrivedAfter = Date.now() - sentAt;
    const seen = await findCard(reader, NEW_CLAIM);
    await seen.waitFor({ timeout: 5000 });
    expect(await seen.getAttribute('aria-label')).toMatch(/attacks “The middle classes have/);
    expect(await reader.getByRole('heading', { name: '3 comments' }).count()).toBe(1);
    // "Within a second" on a quiet machine; this one runs other suites at once, so allow more.
    expect(arrivedAfter).toBeLessThan(3000);
  });
});

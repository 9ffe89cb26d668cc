// The Commenter's promise in real Chromium against `npm start`: a newcomer signs up, attacks
// "the middle classes have the capacity…" with a reply, and the new claim appears in the map
// with its words highlighted in the new comment; a second reader, already on the page in another
// browser context, sees the reply and the claim arrive without reloading. Then another newcomer
// marks words of their own comment as that existing claim ("Link to it instead"), and the reader
// sees the words anchored to it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCard, openDebate, signUp } from './commenter-kit';
import { launchBrowser, type RunningCrux, startCrux } from './harness';

// Our own build folder, so other suites building dist/ at the same time are not disturbed.
const DIST = process.env.CRUX_DIST_DIR ?? '/tmp/crux-dist-client';
const NEW_CLAIM = 'Capacity is not the same as having the time';
/** Words that restate the seed's middle-classes claim. */
const SAID = 'the middle classes have the capacity to participate if they choose to';

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

describe('a newcomer replies to a claim, and another reader sees it live', () => {
  it('signs up, attacks the middle-classes claim, and the map grows in both browsers', async () => {
    const viewport = { width: 1400, height: 900 };
    const reader = await (await browser.newContext({ viewport })).newPage();
    await openDebate(reader, crux.url);
    await reader.getByRole('article', { name: 'Comment 2 by Unnamed commenter' }).waitFor();

    const writer = await (await browser.newContext({ viewport })).newPage();
    await openDebate(writer, crux.url, '?claim=middle-classes');
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

  it('marks words of their own comment as an existing claim; the reader sees them anchored to it live', async () => {
    const viewport = { width: 1400, height: 900 };
    const reader = await (await browser.newContext({ viewport })).newPage();
    await openDebate(reader, crux.url);
    const writer = await (await browser.newContext({ viewport })).newPage();
    await openDebate(writer, crux.url);
    await signUp(writer, 'linker');
    await writer.getByRole('button', { name: 'Reply to the post' }).click();
    await writer
      .getByLabel('Your reply to the post')
      .fill(`I agree that ${SAID}. Time is another matter.`);
    await writer.getByRole('button', { name: 'Send reply' }).click();
    const mine = writer.getByRole('article', { name: /by linker$/ });
    await mine.waitFor();
    await mine.scrollIntoViewIfNeeded();
    await mine.evaluate((element, words) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(words) ?? -1;
        if (at === -1) continue;
        document.getSelection()?.setBaseAndExtent(node, at, node, at + words.length);
        return;
      }
      throw new Error(`"${words}" is not in one text node`);
    }, SAID);
    await writer.getByRole('button', { name: 'This is a claim' }).click();
    const dialog = writer.getByRole('dialog', { name: 'Mark a claim' });
    await dialog.getByRole('button', { name: 'Link to it instead' }).click();
    expect(await dialog.getByText(/^These words state:/).textContent()).toContain(
      'The middle classes have the capacity to participate',
    );
    await dialog.getByRole('button', { name: 'Mark the claim' }).click();
    await dialog.waitFor({ state: 'detached' });

    const stating = new RegExp(`^“${SAID}”, states the claim: The middle classes have`);
    await mine.getByRole('button', { name: stating }).waitFor({ timeout: 5000 });
    const theirs = reader.getByRole('article', { name: /by linker$/ });
    await theirs.getByRole('button', { name: stating }).waitFor({ timeout: 5000 });
  });
});

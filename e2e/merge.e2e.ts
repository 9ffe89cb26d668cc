import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { attackSelectedClaim, findCard, openDebate, signUp } from './commenter-kit';
import { serveSeededCrux } from './harness';

const PASSWORD = 'a long admin password';
const SEED_WORDING = 'The traditional model of service delivery does things to people.';
const RESTATED = 'The old service delivery model does things to people';

const env = serveSeededCrux({ account: { name: 'boss', role: 'admin', password: PASSWORD } });

async function newPage(): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

async function signInAsAdmin(page: Page): Promise<void> {
  const account = page.getByRole('region', { name: 'Your account' });
  await account.getByRole('button', { name: 'Sign in', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Username').fill('boss');
  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await account.getByText('Signed in as boss').waitFor();
}

const selectionBar = (page: Page) => page.locator('.selection-bar');

/**
 * Waits for a claim's card to arrive live. The map draws only cards on screen and its search
 * finds what is there when asked, so it is asked again until the claim has arrived.
 */
async function cardArrives(page: Page, words: string): Promise<void> {
  await expect
    .poll(async () => (await findCard(page, words)).count(), { timeout: 15_000, interval: 500 })
    .toBeGreaterThan(0);
}

describe('merging duplicate claims in the browser', () => {
  it('an admin merges a restated claim into the seed claim and unmerges it; a reader sees both live', async () => {
    const reader = await newPage();
    await openDebate(reader, env.crux.url);

    // A commenter restates a seed claim as the claim of a reply: a duplicate, added in the UI.
    const commenter = await newPage();
    await openDebate(commenter, env.crux.url);
    await signUp(commenter, 'restater');
    await (await findCard(commenter, 'In Germany')).click();
    await attackSelectedClaim(commenter, RESTATED, 'Whatever the label, people are acted upon.');
    await cardArrives(reader, RESTATED);

    const admin = await newPage();
    await openDebate(admin, env.crux.url);
    await signInAsAdmin(admin);
    const panel = admin.getByRole('region', { name: 'Likely duplicates' });
    await panel.getByRole('button', { name: 'Find duplicates' }).click();
    const group = panel.getByRole('listitem', { name: /^Group/ }).filter({ hasText: RESTATED });
    await group.getByRole('button', { name: /^Merge…/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Merge claims' });
    await dialog.getByRole('radio', { name: SEED_WORDING }).check();
    await dialog.getByText('After the merge').waitFor();
    await expect
      .poll(async () => (await dialog.locator('.merge-preview').textContent()) ?? '')
      .toContain(`Kept as other phrasings of it:${RESTATED}.`);
    const confirm = dialog.getByRole('button', { name: 'Confirm merge' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });

    // The reader, who never reloaded: one claim, with both wordings.
    const readerMap = reader.getByRole('region', { name: 'Argument map' });
    await expect
      .poll(() => readerMap.getByRole('button', { name: new RegExp(`^${RESTATED}`) }).count())
      .toBe(0);
    await (await findCard(reader, 'The traditional model')).click();
    await expect
      .poll(async () => (await selectionBar(reader).textContent()) ?? '')
      .toContain(`Merged from: ${RESTATED}.`);
    expect(await selectionBar(reader).getByRole('button', { name: 'Unmerge' }).count()).toBe(0);

    // The admin unmerges from the survivor's details; the reader sees both claims again.
    await selectionBar(admin).getByRole('button', { name: 'Unmerge' }).click();
    await cardArrives(reader, RESTATED);
    await cardArrives(reader, 'The traditional model');
    await expect
      .poll(async () => (await selectionBar(reader).textContent()) ?? '')
      .not.toContain('Merged from');
  }, 120_000);
});

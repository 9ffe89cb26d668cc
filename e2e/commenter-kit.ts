// What a commenter does in the browser, shared by the e2e files that need it: open the seed
// debate, create an account, find a claim's card, attack a claim with a reply.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SEED_DEBATE = 'debates/social-productivity';

export async function openDebate(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(new URL(`${SEED_DEBATE}${query}`, base).toString());
  await page.getByRole('article', { name: /Social Productivity/ }).waitFor();
  await page.getByRole('region', { name: 'Argument map' }).waitFor();
}

export async function signUp(page: Page, name: string): Promise<void> {
  const account = page.getByRole('region', { name: 'Your account' });
  await account.getByRole('button', { name: 'Create an account', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an account' });
  await dialog.getByLabel('Username').fill(name);
  await dialog.getByLabel('Password').fill('correct horse battery');
  await dialog.getByRole('button', { name: 'Create an account', exact: true }).click();
  await account.getByText(`Signed in as ${name}`).waitFor();
}

/** The map draws only cards on screen: find a claim with its search, which brings it there. */
export async function findCard(page: Page, words: string) {
  const map = page.getByRole('region', { name: 'Argument map' });
  const search = map.getByRole('searchbox', { name: 'Search claims' });
  await search.fill(words);
  await search.press('Enter');
  return map.getByRole('button', { name: new RegExp(`^${words}`) });
}

/**
 * With a claim selected in the map, replies to it attacking, the reply's first sentence being
 * `claim` (which the composer proposes as the new claim's wording).
 */
export async function attackSelectedClaim(page: Page, claim: string, rest: string): Promise<void> {
  const map = page.getByRole('region', { name: 'Argument map' });
  await map.getByRole('button', { name: 'Reply to this claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reply to a claim' });
  await dialog.getByLabel('Your reply').fill(`${claim}. ${rest}`);
  await dialog.getByRole('radio', { name: 'Attacks it' }).check();
  expect(await dialog.getByLabel('Claim', { exact: true }).inputValue()).toBe(`${claim}.`);
  await dialog.getByRole('button', { name: 'Send reply' }).click();
  await dialog.waitFor({ state: 'detached' });
}

import { describe, expect, it } from 'vitest';
import { openDebate } from './commenter-kit';
import { serveSeededCrux } from './harness';

const PASSWORD = 'a long admin password';
const COMMENT = 'Comment 1 by Unnamed commenter';
const HIDDEN = 'This comment is hidden.';

const env = serveSeededCrux({ account: { name: 'boss', role: 'admin', password: PASSWORD } });

describe('a moderator hides a comment and undoes it', () => {
  it('the reader sees it go and come back live', async () => {
    const viewport = { width: 1400, height: 900 };
    const reader = await (await env.browser.newContext({ viewport })).newPage();
    await openDebate(reader, env.crux.url);
    const readerComment = reader.getByRole('article', { name: COMMENT });
    await readerComment.waitFor();
    const words = (await readerComment.locator('.rich-body, p').first().textContent()) ?? '';
    expect(words).not.toBe(HIDDEN);
    expect(words.length).toBeGreaterThan(40);

    const admin = await (await env.browser.newContext({ viewport })).newPage();
    await openDebate(admin, env.crux.url);
    const account = admin.getByRole('region', { name: 'Your account' });
    await account.getByRole('button', { name: 'Sign in', exact: true }).click();
    const signIn = admin.getByRole('dialog', { name: 'Sign in' });
    await signIn.getByLabel('Username').fill('boss');
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
    await account.getByText('Signed in as boss').waitFor();

    const comment = admin.getByRole('article', { name: COMMENT });
    await comment.getByRole('button', { name: /^Hide comment 1/ }).click();
    const dialog = admin.getByRole('dialog', { name: /^Hide comment 1/ });
    await dialog.getByLabel('Reason').fill('personal attack');
    await dialog.getByRole('button', { name: 'Hide', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await comment.getByText('Hidden: personal attack').waitFor();

    // The reader, who never reloaded: the words are gone.
    await readerComment.getByText(HIDDEN).waitFor({ timeout: 5000 });

    const log = admin.getByRole('region', { name: 'Moderation log' });
    const entry = log.getByRole('listitem').filter({ hasText: 'Why: personal attack' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('boss');
    await entry.getByRole('button', { name: /^Undo/ }).click();
    await log.getByText(/^Undid entry/).waitFor();
    await expect.poll(() => comment.getByText(/^Hidden:/).count()).toBe(0);

    // And back for the reader.
    await readerComment.getByText(HIDDEN).waitFor({ state: 'detached', timeout: 5000 });
    expect(await readerComment.textContent()).toContain(words.slice(0, 40));
  });
});

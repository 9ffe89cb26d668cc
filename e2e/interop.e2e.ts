// Import and export in a real browser against `npm start`: a moderator (made with `npm run admin
// -- create-user`, as an operator would) imports an AIF file through the file picker, sees the
// preview, saves, opens the debate, and exports it as AIF; the downloaded file has the structure
// of the file that went in.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDebate, importDebate } from '../src/domain/formats';
import { aifStructure } from '../test/fixtures/formats/structure';
import { serveSeededCrux } from './harness';

const FIXTURE = join(import.meta.dirname, '../test/fixtures/formats/aif/aifdb-moral-maze.json');
const PASSWORD = 'a long moderator password';

const env = serveSeededCrux({ account: { name: 'mod', role: 'moderator', password: PASSWORD } });

describe('import and export in the browser', () => {
  it('imports an AIF file through the picker, opens it, and exports it as AIF', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(env.crux.url);
    await page.getByText('Sign in as a moderator to import a debate.').waitFor();

    const account = page.getByRole('region', { name: 'Your account' });
    await account.getByRole('button', { name: 'Sign in', exact: true }).click();
    const signIn = page.getByRole('dialog', { name: 'Sign in' });
    await signIn.getByLabel('Username').fill('mod');
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
    await account.getByText('Signed in as mod').waitFor();

    await page.getByRole('button', { name: 'Import a debate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a debate' });
    await dialog.getByLabel('Choose a file').setInputFiles(FIXTURE);
    const preview = dialog.getByRole('form', { name: 'Preview of the import' });
    await preview.waitFor();

    const text = readFileSync(FIXTURE, 'utf8');
    const local = importDebate(text, { filename: 'aifdb-moral-maze.json' });
    if (!local.ok) throw new Error(local.error.message);
    const { debate } = local;
    await preview.getByText(`${debate.claims.length} claims`).waitFor();
    await preview.getByText(debate.claims[0]?.text ?? '', { exact: true }).waitFor();
    expect(await preview.getByRole('region', { name: 'Warnings' }).count()).toBe(1);

    await preview.getByRole('button', { name: 'Import' }).click();
    await dialog.getByRole('link', { name: 'Open the debate' }).click();
    await page.waitForURL(new RegExp(`/debates/${debate.id}$`));
    await page.getByRole('heading', { level: 1, name: debate.post.title }).waitFor();

    await page.getByRole('button', { name: 'Export debate' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /^AIF JSON/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${debate.id}.aif.json`);
    const exported = await readFile((await download.path()) ?? '', 'utf8');
    // Node and edge counts by type and the texts: what the browser saved is what the domain
    // makes of the imported debate, and every proposition and rephrasing of the file that went
    // in is still there (what AIF → Crux drops, such as PA nodes, is docs/formats.md's list).
    const structure = aifStructure(exported);
    expect(structure).toEqual(aifStructure(exportDebate(debate, 'aif').text));
    const original = aifStructure(text);
    expect(structure.propositions).toEqual(original.propositions);
    expect(structure.nodes.MA).toBe(original.nodes.MA);
    expect(structure.nodes.L).toBe(original.nodes.L);
    await context.close();
  });
});

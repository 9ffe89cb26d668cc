// Import and export through the real app against the real API (the Hono app over a memory
// store, served by MSW): a moderator previews, is refused with the line, imports and opens;
// a reader is told why not; the export menu downloads what the API serves.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPasswords } from '../../../mocks/demo-passwords';
import { createHandlers } from '../../../mocks/handlers';
import { createMemoryStore } from '../../../server/store/memory-store';
import { fixture } from '../../../test/fixtures/formats';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';
import { importDebate } from '../../domain/formats';
import { seedDebate } from '../../seed/seed-debate';
import { readFileText } from './read-file';

const store = createMemoryStore([seedDebate]);
const handlers = createHandlers(store, {
  pattern: '*/api/*',
  passwords: createDemoPasswords(1000),
});
const server = setupServer(...handlers);

async function api(path: string, body?: unknown, csrfToken?: string): Promise<Response> {
  return fetch(new URL(path, window.location.href), {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The page's one session (MSW keeps it in memory) signed in as a site moderator, or out. */
async function signIn(as: 'moderator' | 'commenter' | null) {
  if (as === null) {
    const { csrfToken } = (await (await api('/api/me')).json()) as { csrfToken: string | null };
    if (csrfToken) expect((await api('/api/auth/signout', {}, csrfToken)).ok).toBe(true);
    return;
  }
  const name = `${as}-${Math.random().toString(36).slice(2, 8)}`;
  const response = await api('/api/auth/signup', {
    username: name,
    password: 'a good long password',
  });
  const { user } = (await response.json()) as { user: { id: string } };
  if (as === 'moderator') await store.setSiteRole(user.id, 'moderator');
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const KIALO = fixture('newer-dialect.txt');
const kialoFile = (text = KIALO.text, name = KIALO.filename) =>
  new File([text], name, { type: 'text/plain' });

/** A promise the test resolves when it has looked: what the network is held on. */
function gate() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release };
}

async function openImport() {
  const rendered = renderApp({ path: '/' });
  await rendered.user.click(await screen.findByRole('button', { name: 'Import a debate' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import a debate' });
  return { ...rendered, dialog };
}

describe('importing a debate', () => {
  it('tells a reader why there is no import, in the permission table’s words', async () => {
    await signIn(null);
    renderApp({ path: '/' });
    expect(
      await screen.findByText('Sign in as a moderator to import a debate.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import a debate' })).toBeNull();
  });

  it('previews a picked file (nothing saved), then imports it and opens it', async () => {
    await signIn('moderator');
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByLabelText('Choose a file'), kialoFile());
    const preview = await within(dialog).findByRole('form', { name: 'Preview of the import' });
    const expected = importDebate(KIALO.text, { filename: KIALO.filename });
    expect(within(preview).getByText(/Nothing is saved until you import it/)).toHaveFocus();
    if (!expected.ok) throw new Error(expected.error.message);
    const { debate } = expected;
    expect(within(preview).getByText(`${debate.claims.length} claims`)).toBeInTheDocument();
    expect(within(preview).getByText(`${debate.relations.length} relations`)).toBeInTheDocument();
    expect(within(preview).getByText(debate.claims[0]?.text ?? '')).toBeInTheDocument();
    for (const warning of expected.warnings)
      expect(within(preview).getByText(warning)).toBeInTheDocument();
    expect(await store.getDebate(debate.id)).toBeNull();
    await expectNoSeriousAxeViolations(dialog);

    await user.clear(within(preview).getByLabelText('Debate id'));
    await user.type(within(preview).getByLabelText('Debate id'), 'kialo-picked');
    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    const open = await within(dialog).findByRole('link', { name: 'Open the debate' });
    expect(open).toHaveFocus();
    expect(await store.getDebate('kialo-picked')).toEqual({ ...debate, id: 'kialo-picked' });
    await user.click(open);
    expect(window.location.pathname).toBe('/debates/kialo-picked');
    expect(
      await screen.findByRole('heading', { level: 1, name: debate.post.title }),
    ).toBeInTheDocument();
  });

  it('takes a dropped file, and shows a refused one with its line; nothing is saved', async () => {
    await signIn('moderator');
    const { dialog } = await openImport();
    const before = (await store.listDebates()).length;
    const bad =
      'Discussion Title: Buses\n\n1. Buses should be free.\n1.1. Maybe: they should not.\n';
    fireEvent.drop(within(dialog).getByTestId('import-drop-zone'), {
      dataTransfer: { files: [kialoFile(bad, 'bad.txt')] },
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/Kialo, line 4: expected/);
    expect(alert).toHaveFocus();
    expect(within(alert).getByText('Line 4')).toBeInTheDocument();
    expect((await store.listDebates()).length).toBe(before);
    await expectNoSeriousAxeViolations(dialog);
  });

  it('lets the format be chosen and the same file tried again after a refusal', async () => {
    await signIn('moderator');
    const { user, dialog } = await openImport();
    const text = fixture('equivalence-classes.argdown').text;
    await user.selectOptions(within(dialog).getByLabelText('Format'), 'AIF JSON');
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      new File([text], 'notes.txt', { type: 'text/plain' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/AIF JSON/);
    await user.selectOptions(within(dialog).getByLabelText('Format'), 'Argdown');
    await user.click(within(dialog).getByRole('button', { name: 'try the same file again' }));
    expect(await within(dialog).findByText(/Argdown, “/)).toBeInTheDocument();
  });

  it('shows a progress bar while the file is sent, and Cancel stops it', async () => {
    await signIn('moderator');
    // The request is held at the network until the test has looked, then passed on to the API.
    const { held, release } = gate();
    server.use(
      http.post('*/api/import', async () => {
        await held;
        return undefined;
      }),
    );
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByLabelText('Choose a file'), kialoFile());
    const bar = await within(dialog).findByRole('progressbar', {
      name: /Sending the file for a preview/,
    });
    expect(bar).toHaveAttribute('max', '100');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).getByLabelText('Choose a file')).toBeInTheDocument();
    release();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('moves the bar with the real upload progress event of a large file', async () => {
    await signIn('moderator');
    // The real API answers; its answer's body is held at the network (a slow download) until
    // the test has looked, so what the upload's own progress event did can be seen.
    const { held, release } = gate();
    server.use(
      http.post('*/api/import', async ({ request }) => {
        const real = await getResponse(handlers, request);
        if (!real?.body) return real;
        const reader = real.body.getReader();
        const slow = new ReadableStream({
          async pull(controller) {
            await held;
            const { done, value } = await reader.read();
            if (done) controller.close();
            else controller.enqueue(value);
          },
        });
        return new Response(slow, real);
      }),
    );
    const { user, dialog } = await openImport();
    // What the bar shows after each change the page makes: phase and value, in order.
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const bar = dialog.querySelector('progress');
      const state = bar ? `${bar.parentElement?.firstChild?.textContent}: ${bar.value}` : '';
      if (state && shown.at(-1) !== state) shown.push(state);
    });
    observer.observe(dialog, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const claims = Array.from(
      { length: 4500 },
      (_, i) =>
        `  1.${i + 1}. ${i % 2 ? 'Pro' : 'Con'}:\n  Reason ${i + 1} ${'is argued at length '.repeat(10)}.\n`,
    );
    const big = `Discussion Name:\nA long debate\n\n1. Thesis:\nIt is long.\n\n${claims.join('\n')}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    await user.upload(within(dialog).getByLabelText('Choose a file'), kialoFile(big, 'big.txt'));
    const sent = await within(dialog).findByRole(
      'progressbar',
      { name: /Sending the file for a preview/ },
      { timeout: 20_000 },
    );
    // The flow sets each phase to 0 itself; only the upload's progress event (every byte sent,
    // counted by the browser) moves the bar, while the answer is still on its way.
    await waitFor(() => expect(sent).toHaveAttribute('value', '100'), { timeout: 20_000 });
    // Said, not only drawn: the live region a screen reader hears.
    expect(within(dialog).getAllByText('100%').length).toBe(2);
    release();
    await within(dialog).findByRole('form', { name: 'Preview of the import' });
    observer.disconnect();
    // Reading ends in the same turn as sending begins (jsdom reads a file in one step), so the
    // reading bar is seen at 0 only; sending is seen at 0, then at 100.
    expect(shown).toEqual([
      'Reading the file: 0',
      'Sending the file for a preview: 0',
      'Sending the file for a preview: 100',
    ]);
  });

  it('Cancel on the preview closes the dialog and saves nothing', async () => {
    await signIn('moderator');
    const { user, dialog } = await openImport();
    const text = fixture('older-dialect.txt').text;
    await user.upload(within(dialog).getByLabelText('Choose a file'), kialoFile(text, 'older.txt'));
    const preview = await within(dialog).findByRole('form', { name: 'Preview of the import' });
    const before = await store.listDebates();
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import a debate' })).toHaveFocus();
    expect(await store.listDebates()).toEqual(before);
  });
});

describe('reading a chosen file', () => {
  // The reading bar's 100% is not seen in the page under jsdom (reading ends in the same turn
  // as sending begins), so the reader's own progress is checked here, from FileReader's events.
  it('reports the bytes FileReader has read, and stops when cancelled', async () => {
    const file = kialoFile();
    const seen: [number, number][] = [];
    const text = await readFileText(
      file,
      (loaded, total) => seen.push([loaded, total]),
      new AbortController().signal,
    );
    expect(text).toBe(KIALO.text);
    expect(seen).toEqual([[file.size, file.size]]);
    const controller = new AbortController();
    const reading = readFileText(file, () => {}, controller.signal);
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('exporting a debate', () => {
  it('downloads the file the API serves, from a keyboard-operable menu', async () => {
    await signIn(null);
    const saved: { blob: Blob | null } = { blob: null };
    // jsdom has no object URLs; the browser's own download is the e2e test's to check.
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        saved.blob = blob;
        return 'blob:export';
      },
      revokeObjectURL: () => {},
    });
    // ...and no navigation to the object URL, which jsdom cannot follow.
    const stopDownload = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download)
        event.preventDefault();
    };
    document.addEventListener('click', stopDownload, true);
    const { user } = renderApp({ path: `/debates/${seedDebate.id}` });
    const button = await screen.findByRole('button', { name: 'Export debate' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export debate' });
    expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus();
    await expectNoSeriousAxeViolations(menu.parentElement ?? menu);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByText(`Downloaded ${seedDebate.id}.argdown.`)).toBeInTheDocument();
    expect(button).toHaveFocus();
    const served = await (await api(`/api/debates/${seedDebate.id}/export?format=argdown`)).text();
    await waitFor(() => expect(saved.blob).not.toBeNull());
    expect(await saved.blob?.text()).toBe(served);
    expect(served).toContain(seedDebate.claims[0]?.text.slice(0, 20) ?? '');
    document.removeEventListener('click', stopDownload, true);
  });
});

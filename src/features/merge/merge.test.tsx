// Duplicates and merging against the real API (the Hono app over a memory store, served by
// MSW): a moderator lists likely duplicates and selects a claim from them, previews a merge
// with a conflict and resolves it, confirms, sees "Merged from" and unmerges; a merge that lost
// a race (409) shows the claims as they are now; a commenter is shown the permission table's
// reason; a commenter typing a claim like an existing one is warned and can link to it instead.
// The tests share one store, so each uses claims the others leave alone.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPasswords } from '../../../mocks/demo-passwords';
import { createHandlers } from '../../../mocks/handlers';
import { createUserWithRole } from '../../../server/admin/admin-cli';
import { createMemoryStore } from '../../../server/store/memory-store';
import { freshName, signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';
import type { Debate } from '../../domain/model';

const PASSWORD = 'correct horse battery';

/** The small debate with two known paraphrases: one of them attacks what its twin supports. */
function withDuplicates(): Debate {
  const debate = smallDebate();
  return {
    ...debate,
    claims: [
      ...debate.claims,
      { id: 'crowded', text: 'Buses would be overcrowded if they were free.' },
      { id: 'cuts-traffic', text: 'Free buses cut car traffic.' },
    ],
    relations: [
      ...debate.relations,
      { id: 'r6', from: 'crowded', to: 'free-buses', kind: 'attacks' },
      { id: 'r7', from: 'cuts-traffic', to: 'free-buses', kind: 'attacks' },
    ],
  };
}

const store = createMemoryStore([withDuplicates()]);
const passwords = createDemoPasswords(1000);
const server = setupServer(...createHandlers(store, { pattern: '*/api/*', passwords }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
signOutAfterEach();

async function createModerator(): Promise<string> {
  const name = freshName('mod');
  const made = await createUserWithRole(
    store,
    passwords,
    { command: 'create-user', name, role: 'moderator' },
    PASSWORD,
  );
  if (!made.ok) throw new Error(made.message);
  return name;
}

async function signIn(user: UserEvent, name: string): Promise<string> {
  const header = await screen.findByRole('region', { name: 'Your account' });
  await user.click(within(header).getByRole('button', { name: 'Sign in' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
  await user.type(within(dialog).getByLabelText('Username'), name);
  await user.type(within(dialog).getByLabelText('Password'), PASSWORD);
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  await within(header).findByText(name);
  return name;
}

const signInAsModerator = async (user: UserEvent) => signIn(user, await createModerator());

async function open() {
  const rendered = renderApp({ path: '/debates/free-buses' });
  await screen.findByRole('heading', { name: 'Should buses be free?', level: 1 });
  return { ...rendered, map: screen.getByRole('region', { name: 'Argument map' }) };
}

async function openDuplicates(user: UserEvent) {
  const panel = await screen.findByRole('region', { name: 'Likely duplicates' });
  await user.click(within(panel).getByRole('button', { name: 'Find duplicates' }));
  return panel;
}

async function groupWith(panel: HTMLElement, text: string): Promise<HTMLElement> {
  const groups = await within(panel).findAllByRole('listitem', { name: /^Group \d/ });
  const group = groups.find((g) => g.textContent?.includes(text));
  if (!group) throw new Error(`no duplicate group with "${text}"`);
  return group;
}

describe('duplicates and merge', { timeout: 30_000 }, () => {
  it('lists likely duplicates with scores, and a claim in a group can be selected in the text', async () => {
    const { user } = await open();
    expect(screen.queryByRole('region', { name: 'Likely duplicates' })).toBeNull();
    await signInAsModerator(user);
    const panel = await openDuplicates(user);
    const group = await groupWith(panel, 'Buses would be overcrowded if they were free.');
    expect(group).toHaveTextContent('2 claims, 89% alike');
    expect(group).toHaveTextContent('Free buses would be overcrowded.');
    const traffic = await groupWith(panel, 'Free buses cut car traffic.');
    expect(traffic).toHaveTextContent('in the post: “Free buses cut car traffic.”');
    await user.click(
      within(traffic).getByRole('button', { name: 'Show in text: Free buses reduce car traffic.' }),
    );
    expect(screen.getByText('Selected claim: Free buses reduce car traffic.')).toBeTruthy();
    await expectNoSeriousAxeViolations(document.body);
  });

  it('previews a merge with a conflict, resolves it, merges, and unmerges from the survivor', async () => {
    const { user, map } = await open();
    await signInAsModerator(user);
    const panel = await openDuplicates(user);
    const group = await groupWith(panel, 'Free buses cut car traffic.');
    await user.click(within(group).getByRole('button', { name: /^Merge…/ }));
    const dialog = screen.getByRole('dialog', { name: 'Merge claims' });
    const alert = await within(dialog).findByText('The merge cannot be made yet:');
    expect(alert).toBeTruthy();
    expect(dialog).toHaveTextContent('would both support and attack');
    const confirm = within(dialog).getByRole('button', { name: 'Confirm merge' });
    expect(confirm).toHaveProperty('disabled', true);
    await expectNoSeriousAxeViolations(document.body);
    await user.click(within(dialog).getByRole('radio', { name: 'Free buses reduce car traffic.' }));
    await within(dialog).findByText('Free buses reduce car traffic.', { selector: 'q' });
    await user.click(within(dialog).getByRole('radio', { name: 'supports it' }));
    await waitFor(() =>
      expect(within(dialog).queryByText('The merge cannot be made yet:')).toBeNull(),
    );
    await within(dialog).findByText(/your choice applies/);
    expect(dialog).toHaveTextContent('Kept as other phrasings of it');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // One claim in the map, selected, with where it came from.
    await waitFor(() =>
      expect(within(map).queryByRole('button', { name: /^Free buses cut car traffic/ })).toBeNull(),
    );
    const bar = screen.getByText(/^Selected claim:/).closest('.selection-bar') as HTMLElement;
    expect(bar).toHaveTextContent('Merged from: Free buses cut car traffic.');
    await user.click(await within(bar).findByRole('button', { name: 'Unmerge' }));
    await within(map).findByRole('button', { name: /^Free buses cut car traffic/ });
    expect(
      within(map).getByRole('button', { name: /^Free buses reduce car traffic/ }),
    ).toBeTruthy();
  });

  it('gathers claims selected one after another in the map and opens the merge on them', async () => {
    const { user, map } = await open();
    await signInAsModerator(user);
    await user.click(within(map).getByRole('button', { name: /^Cities should make buses free/ }));
    await user.click(await screen.findByRole('button', { name: 'Add to merge' }));
    await user.click(within(map).getByRole('button', { name: /^Fares cover a small share/ }));
    await user.click(screen.getByRole('button', { name: 'Add to merge' }));
    const gathered = screen.getByRole('region', { name: 'To merge (2)' });
    expect(gathered).toHaveTextContent('Cities should make buses free.');
    await user.click(within(gathered).getByRole('button', { name: 'Merge 2 claims…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge claims' });
    expect(within(dialog).getAllByRole('radio', { name: /^(Cities|Fares)/ })).toHaveLength(2);
    // fares-small supports free-buses: merged, that would be a claim supporting itself.
    expect(await within(dialog).findByText(/would support itself/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(gathered).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('region', { name: /^To merge/ })).toBeNull();
  });

  it('shows the claims as they are now when another moderator merged first (409), and looks again', async () => {
    const { user } = await open();
    const name = await signInAsModerator(user);
    const panel = await openDuplicates(user);
    const group = await groupWith(panel, 'Buses would be overcrowded if they were free.');
    await user.click(within(group).getByRole('button', { name: /^Merge…/ }));
    const dialog = screen.getByRole('dialog', { name: 'Merge claims' });
    await within(dialog).findByText('After the merge');
    expect(dialog).toHaveTextContent('one kept');
    const other = await store.findUserByName(name);
    const first = await store.mergeClaims('free-buses', other?.user ?? { id: 'u-x', name }, {
      claimIds: ['crowded', 'overcrowding'],
      survivor: { keep: 'crowded' },
    });
    expect(first.kind).toBe('ok');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm merge' }));
    const stale = await within(dialog).findByText(/^Not merged:/);
    expect(stale.textContent).toContain('changed since you looked');
    expect(dialog).toHaveTextContent('“overcrowding” was merged into “crowded”.');
    await user.click(within(dialog).getByRole('button', { name: 'Preview again' }));
    const again = screen.getByRole('dialog', { name: 'Merge claims' });
    expect(again).toHaveTextContent('Choose at least two claims to merge.');
  });

  it('says what blocks an unmerge when a later change stands in the way', async () => {
    // The previous test left "overcrowding" merged into "crowded"; a later edit of the survivor's
    // wording is what an unmerge would overwrite.
    const edited = await store.moderate(
      'free-buses',
      { id: 'u-editor', name: 'editor' },
      { kind: 'edit-claim', claimId: 'crowded', text: 'Free buses would be packed.' },
    );
    expect(edited.kind).toBe('ok');
    const { user, map } = await open();
    await signInAsModerator(user);
    await user.click(within(map).getByRole('button', { name: /^Free buses would be packed/ }));
    await user.click(await screen.findByRole('button', { name: 'Unmerge' }));
    const alert = await screen.findByText(/^Not unmerged:/);
    expect(alert.textContent).toContain('The merge cannot be undone');
    expect(alert.textContent).toContain('Undo those changes first.');
  });

  it('says which later merge (and whose) to unmerge first when merges were chained, then unmerges both', async () => {
    await store.createDebate(smallDebate('chained'));
    const name = await createModerator();
    const mod = await store.findUserByName(name);
    if (!mod) throw new Error('no moderator');
    const actor = { id: mod.user.id, name };
    const first = await store.mergeClaims('chained', actor, {
      claimIds: ['tallinn', 'overcrowding'],
      survivor: { keep: 'overcrowding' },
    });
    const second = await store.mergeClaims('chained', actor, {
      claimIds: ['overcrowding', 'free-buses'],
      survivor: { text: 'Buses would be full.' },
    });
    expect([first.kind, second.kind]).toEqual(['ok', 'ok']);
    const { user } = renderApp({ path: '/debates/chained' });
    await screen.findByRole('heading', { name: 'Should buses be free?', level: 1 });
    const map = screen.getByRole('region', { name: 'Argument map' });
    await signIn(user, name);
    await user.click(await within(map).findByRole('button', { name: /^Buses would be full/ }));
    const bar = screen.getByText(/^Selected claim:/).closest('.selection-bar') as HTMLElement;
    expect(
      await within(bar).findByText(
        `Merge 1: Merge 2 by ${name} merged into the same claim later; unmerge it first (merges are undone last-first).`,
      ),
    ).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: 'Unmerge (merge 2)' }));
    await within(map).findByRole('button', { name: /^Free buses would be overcrowded/ });
    await user.click(within(map).getByRole('button', { name: /^Free buses would be overcrowded/ }));
    const again = screen.getByText(/^Selected claim:/).closest('.selection-bar') as HTMLElement;
    // The undone merge is no longer offered (it merged nothing into this claim any more); the
    // earlier one, the only merge left, can now be unmerged.
    const only = await within(again).findByRole('button', { name: 'Unmerge' });
    expect(within(again).queryByText(/Merge 2|already unmerged/)).toBeNull();
    expect(within(again).queryByRole('button', { name: /merge 2/ })).toBeNull();
    await user.click(only);
    await within(map).findByRole('button', { name: /^In Tallinn free buses/ });
  });

  it('lands an old link to a merged claim (?claim=merged-id) on its survivor', async () => {
    const made = await store.mergeClaims(
      'free-buses',
      { id: 'u-linktest', name: 'linktest' },
      {
        claimIds: ['fares-small', 'tallinn'],
        survivor: { keep: 'fares-small' },
        stances: [{ from: 'fares-small', to: 'free-buses', kind: 'supports' }],
      },
    );
    expect(made.kind === 'invalid' ? made.reasons : []).toEqual([]);
    renderApp({ path: '/debates/free-buses?claim=tallinn' });
    expect(
      await screen.findByText('Selected claim: Fares cover a small share of bus costs.'),
    ).toBeTruthy();
    await waitFor(() => expect(window.location.search).toBe('?claim=fares-small'));
    // A reader sees what it was merged from, without an Unmerge.
    expect(screen.getByText(/^Selected claim:/).closest('.selection-bar')?.textContent).toContain(
      'Merged from: In Tallinn free buses barely changed traffic.',
    );
    expect(screen.queryByRole('button', { name: 'Unmerge' })).toBeNull();
    if (made.kind === 'ok') {
      expect(
        (
          await store.unmergeClaims(
            'free-buses',
            { id: 'u-linktest', name: 'linktest' },
            made.event.seq,
          )
        ).kind,
      ).toBe('ok');
    }
  });

  it('shows a commenter the reason instead of merge controls, and a reader none', async () => {
    const { user, map } = await open();
    await user.click(within(map).getByRole('button', { name: /^Fares cover a small share/ }));
    expect(screen.queryByRole('button', { name: 'Add to merge' })).toBeNull();
    await signUpThroughHeader(user);
    const add = await screen.findByRole('button', { name: 'Add to merge' });
    expect(add).toHaveProperty('disabled', true);
    expect(add.getAttribute('title')).toBe(
      'Only a moderator of this debate can merge or unmerge claims; your account is not one.',
    );
    expect(screen.queryByRole('region', { name: 'Likely duplicates' })).toBeNull();
  });

  it('warns a commenter that a similar claim exists and links to it instead', async () => {
    const { user, map } = await open();
    await signUpThroughHeader(user);
    await user.click(within(map).getByRole('button', { name: /^Fares cover a small share/ }));
    await user.click(
      screen.getAllByRole('button', { name: 'Reply to this claim' })[0] as HTMLElement,
    );
    const dialog = screen.getByRole('dialog', { name: 'Reply to a claim' });
    await user.type(
      within(dialog).getByLabelText('Your reply'),
      'Free buses reduce the car traffic.',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Supports it' }));
    const warning = await within(dialog).findByText(
      /A similar claim already exists/,
      {},
      { timeout: 5000 },
    );
    expect(warning).toHaveTextContent('Free buses reduce car traffic.');
    await user.click(within(dialog).getByRole('button', { name: 'Link to it instead' }));
    expect(within(dialog).getByRole('radio', { name: 'Link to an existing claim' })).toHaveProperty(
      'checked',
      true,
    );
    expect(
      within(dialog).getByRole('radio', { name: 'Free buses reduce car traffic.' }),
    ).toHaveProperty('checked', true);
    await expectNoSeriousAxeViolations(document.body);
  });

  it('warns while marking words as a new claim that a similar one exists', async () => {
    const { user } = await open();
    await signUpThroughHeader(user);
    await user.click(screen.getByRole('button', { name: 'Mark a claim in the post' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark a claim' });
    const text = within(dialog).getByLabelText(/^Select the words that state the claim/);
    const value = (text as HTMLTextAreaElement).value;
    const start = value.indexOf('Free buses cut car traffic.');
    (text as HTMLTextAreaElement).setSelectionRange(
      start,
      start + 'Free buses cut car traffic.'.length,
    );
    fireEvent.select(text);
    const warning = await within(dialog).findByText(
      /A similar claim already exists/,
      {},
      { timeout: 5000 },
    );
    expect(warning).toHaveTextContent('Free buses cut car traffic.');
    // Marking words can now state that claim instead (the composer's own tests follow it up).
    expect(within(warning).getByRole('button', { name: 'Link to it instead' })).toBeEnabled();
  });
});

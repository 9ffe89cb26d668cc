// Curation against the real API: a moderator edits a claim's wording (and sees its history),
// changes a relation's stance, hides and shows a comment with a reason; a commenter is shown
// the permission table's reason instead; a reader sees no moderation controls at all. The
// tests share one store, so each works on claims the others leave alone.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';
import { smallDebate } from '../../test-fixtures/small-debate';
import { setupModerationApi, signInThroughHeader } from './moderation-test-kit';

const api = setupModerationApi([smallDebate]);
signOutAfterEach();

const PATH = '/debates/cats-and-dogs';

async function open() {
  const rendered = renderApp({ path: PATH });
  await screen.findByRole('article', { name: 'Comment 1 by Bo' });
  return { ...rendered, map: screen.getByRole('region', { name: 'Argument map' }) };
}

async function selectClaim(user: UserEvent, map: HTMLElement, name: RegExp) {
  await user.click(within(map).getByRole('button', { name }));
}

describe('curation', { timeout: 30_000 }, () => {
  it('a moderator edits a claim’s wording and sees its history with who and when', async () => {
    const { user, map } = await open();
    const name = await api.createAccount('moderator');
    await signInThroughHeader(user, name);
    await selectClaim(user, map, /^Cats purr when they are content/);
    await user.click(await screen.findByRole('button', { name: 'Edit wording' }));
    const dialog = screen.getByRole('dialog', { name: "Edit the claim's wording" });
    const history = await within(dialog).findByRole('region', { name: 'History' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(1);
    expect(history).toHaveTextContent('Cats purr when they are content.');
    await expectNoSeriousAxeViolations(document.body);
    const wording = within(dialog).getByLabelText('Wording');
    await user.clear(wording);
    await user.type(wording, 'Cats purr mostly when content.');
    await user.type(within(dialog).getByLabelText('Reason (optional)'), 'clearer');
    await user.click(within(dialog).getByRole('button', { name: 'Save wording' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      within(map).getByRole('button', { name: /^Cats purr mostly when content/ }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit wording' }));
    const again = screen.getByRole('dialog', { name: "Edit the claim's wording" });
    const revisions = await within(again).findAllByRole('listitem');
    await waitFor(() => expect(within(again).getAllByRole('listitem')).toHaveLength(2));
    expect(revisions[0]).toBeTruthy();
    const items = within(again).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`Cats purr mostly when content. by ${name}`);
    expect(items[1]).toHaveTextContent('original wording');
  });

  it('a moderator changes a relation’s stance and target, also from the outline', async () => {
    const { user, map } = await open();
    await signInThroughHeader(user, await api.createAccount('moderator'));
    await selectClaim(user, map, /^Sick cats purr too/);
    await user.click(await screen.findByRole('button', { name: 'Change relation' }));
    const dialog = screen.getByRole('dialog', { name: 'Change a relation' });
    expect(dialog).toHaveTextContent('Now: it attacks “Cats purr');
    await user.click(within(dialog).getByRole('radio', { name: 'Supports' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save relation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(map).getByRole('button', { name: /^Sick cats purr too/ })).toHaveAccessibleName(
      /supports “Cats purr/,
    );

    // A new target, found with the composer's claim search.
    await user.click(screen.getByRole('button', { name: 'Change relation' }));
    const again = screen.getByRole('dialog', { name: 'Change a relation' });
    await user.type(within(again).getByLabelText('Find a new target (optional)'), 'best pets');
    await user.click(within(again).getByRole('radio', { name: 'Cats make the best pets.' }));
    await user.type(within(again).getByLabelText('Reason (optional)'), 'it answers the thesis');
    await user.click(within(again).getByRole('button', { name: 'Save relation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(map).getByRole('button', { name: /^Sick cats purr too/ })).toHaveAccessibleName(
      /supports “Cats make the best pets/,
    );

    // The outline offers the same controls on the selected claim.
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    const outline = screen.getByRole('tabpanel', { name: 'Outline' });
    expect(within(outline).getByRole('button', { name: 'Edit wording' })).toBeEnabled();
  });

  it('a moderator hides a comment with a reason, sees it marked, and shows it again', async () => {
    const { user } = await open();
    await signInThroughHeader(user, await api.createAccount('moderator'));
    const comment = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    await user.click(await within(comment).findByRole('button', { name: 'Hide comment 1 by Bo' }));
    const dialog = screen.getByRole('dialog', { name: 'Hide comment 1 by Bo' });
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    expect(dialog).toHaveTextContent('Say why it is hidden');
    await user.type(within(dialog).getByLabelText('Reason'), 'off topic');
    await expectNoSeriousAxeViolations(document.body);
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const hidden = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    expect(await within(hidden).findByText('Hidden: off topic')).toBeTruthy();
    expect(hidden).toHaveTextContent('I prefer dogs.');

    await user.click(within(hidden).getByRole('button', { name: 'Show again comment 1 by Bo' }));
    const show = screen.getByRole('dialog', { name: 'Show comment 1 by Bo again' });
    await user.click(within(show).getByRole('button', { name: 'Show again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const shown = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    await waitFor(() => expect(within(shown).queryByText(/^Hidden:/)).toBeNull());
  });

  it('a commenter sees the table’s reason on each control instead', async () => {
    const { user, map } = await open();
    await signUpThroughHeader(user);
    await selectClaim(user, map, /^Cats make the best pets/);
    const edit = await screen.findByRole('button', { name: 'Edit wording' });
    expect(edit).toBeDisabled();
    expect(edit).toHaveAccessibleDescription(
      "Only a moderator of this debate can edit a claim's wording; your account is not one.",
    );
    const comment = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    const hide = within(comment).getByRole('button', { name: 'Hide comment 1 by Bo' });
    expect(hide).toBeDisabled();
    expect(hide).toHaveAccessibleDescription(
      'Only a moderator of this debate can hide or unhide a comment; your account is not one.',
    );
    expect(screen.queryByRole('region', { name: 'Moderation' })).toBeNull();
    await expectNoSeriousAxeViolations(document.body);
  });

  it('a reader without an account sees no moderation controls', async () => {
    const { user, map } = await open();
    await selectClaim(user, map, /^Cats make the best pets/);
    await screen.findByRole('button', { name: 'Focus on this claim' });
    expect(screen.queryByRole('button', { name: 'Edit wording' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Hide comment/ })).toBeNull();
  });

  it('a moderator hides a claim: marked for them in the map and the outline, gone for a reader', async () => {
    const { user, map, unmount } = await open();
    await signInThroughHeader(user, await api.createAccount('moderator'));
    await selectClaim(user, map, /^Cats make the best pets/);
    await user.click(await screen.findByRole('button', { name: 'Hide claim' }));
    const dialog = screen.getByRole('dialog', { name: 'Hide this claim' });
    await user.type(within(dialog).getByLabelText('Reason'), 'a duplicate of the post');
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(map).findByText('Hidden: a duplicate of the post')).toBeTruthy();
    expect(within(map).getByRole('button', { name: 'Show claim again' })).toBeEnabled();
    expect(
      within(map).getByRole('button', { name: /^Cats make the best pets/ }),
    ).toHaveAccessibleName(/hidden from readers\)$/);
    // The outline marks it too, in words (not colour only), at the end of the row's name.
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    const outline = screen.getByRole('tree', { name: 'Argument outline' });
    const row = within(outline).getByRole('treeitem', { name: /^Cats make the best pets/ });
    expect(row).toHaveAccessibleName(/\. Hidden from readers$/);
    expect(within(row).getByText('Hidden')).toBeVisible();
    const shown = within(outline).getByRole('treeitem', { name: /^Cats purr/ });
    expect(shown).not.toHaveAccessibleName(/Hidden from readers/);
    expect(within(shown).queryByText('Hidden')).toBeNull();
    await expectNoSeriousAxeViolations(outline);
    await user.click(screen.getByRole('tab', { name: 'Diagram' }));

    await user.click(
      within(screen.getByRole('region', { name: 'Your account' })).getByRole('button', {
        name: 'Sign out',
      }),
    );
    unmount();
    const reader = await open();
    await within(reader.map).findByRole('button', { name: /^Cats purr/ });
    expect(
      within(reader.map).queryByRole('button', { name: /^Cats make the best pets/ }),
    ).toBeNull();
  });

  it('a moderator of this one debate gets the controls; the table reads their per-debate role', async () => {
    const { user, map } = await open();
    const name = await api.createAccount('commenter', 'local');
    const account = (await api.store.listUsers()).find((u) => u.user.name === name);
    if (!account) throw new Error('the account was not stored');
    await api.store.setDebateModerator(account.user.id, 'cats-and-dogs', true);
    await signInThroughHeader(user, name);
    await selectClaim(user, map, /^Cats purr/);
    expect(await screen.findByRole('button', { name: 'Edit wording' })).toBeEnabled();
  });
});

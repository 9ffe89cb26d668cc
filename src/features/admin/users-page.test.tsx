// The admins' users page against the real API: an admin (made as `npm run admin` makes one)
// finds it in the header, sets another account's site role, and grants and revokes moderation
// of one debate; a commenter gets no link and the page says why it shows nothing.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';
import { smallDebate } from '../../test-fixtures/small-debate';
import { setupModerationApi, signInThroughHeader } from '../moderation/moderation-test-kit';

const api = setupModerationApi([smallDebate]);
signOutAfterEach();

describe('users and roles', { timeout: 30_000 }, () => {
  it('an admin sets a site role and grants and revokes moderation of one debate', async () => {
    const other = await api.createAccount('commenter', 'ann');
    const { user } = renderApp({ path: '/' });
    await signInThroughHeader(user, await api.createAccount('admin'));
    await user.click(await screen.findByRole('link', { name: 'Users' }));
    await screen.findByRole('heading', { level: 1, name: 'Users and roles' });
    const row = await screen.findByRole('row', { name: new RegExp(`^${other}`) });
    const site = within(row).getByLabelText(`Site role of ${other}`);
    expect(site).toHaveValue('commenter');
    await expectNoSeriousAxeViolations(document.body);

    await user.selectOptions(site, 'moderator');
    await waitFor(() =>
      expect(
        within(screen.getByRole('row', { name: new RegExp(`^${other}`) })).getByLabelText(
          `Site role of ${other}`,
        ),
      ).toHaveValue('moderator'),
    );
    await user.selectOptions(site, 'commenter');
    await waitFor(() => expect(site).toHaveValue('commenter'));
    await user.selectOptions(
      within(row).getByLabelText(`Debate for ${other} to moderate`),
      'cats-and-dogs',
    );
    await user.click(within(row).getByRole('button', { name: `Make moderator ${other}` }));
    const revoke = await within(row).findByRole('button', {
      name: `Revoke ${other} as moderator of Cats or dogs?`,
    });
    await expect(api.store.listUsers()).resolves.toContainEqual({
      user: expect.objectContaining({ name: other }),
      roles: { site: 'commenter', debates: ['cats-and-dogs'] },
    });
    await user.click(revoke);
    await waitFor(() => expect(within(row).queryByRole('button', { name: /^Revoke/ })).toBeNull());
    const stored = (await api.store.listUsers()).find((u) => u.user.name === other);
    expect(stored?.roles).toEqual({ site: 'commenter', debates: [] });
  });

  it('a commenter is shown the reason instead of the list', async () => {
    const { user, unmount } = renderApp({ path: '/' });
    await signUpThroughHeader(user);
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    unmount();
    renderApp({ path: '/admin/users' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only an admin can list accounts and their roles.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});

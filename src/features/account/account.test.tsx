import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshName, signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';

setupMockApi([seedDebate]);
signOutAfterEach();

const DEBATE = '/debates/social-productivity';

describe('accounts', { timeout: 20_000 }, () => {
  it('lets a reader read everything signed out, and asks them to sign in to reply', async () => {
    const { user } = renderApp({ path: DEBATE });
    await screen.findByRole('article', { name: 'Comment 1 by Unnamed commenter' });
    const header = screen.getByRole('region', { name: 'Your account' });
    expect(within(header).getByRole('button', { name: 'Sign in' })).toBeInTheDocument();

    const ask = screen.getByRole('button', { name: 'Sign in to reply to the post' });
    await user.click(ask);
    const dialog = screen.getByRole('dialog', { name: 'Sign in' });
    expect(dialog).toHaveTextContent('Sign in to reply to the post.');
    expect(within(dialog).getByLabelText('Username')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(ask).toHaveFocus();
  });

  it('ties each field problem to its field and focuses the first', async () => {
    const { user } = renderApp({ path: DEBATE });
    await user.click(await screen.findByRole('button', { name: 'Create an account' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an account' });
    await user.type(within(dialog).getByLabelText('Username'), 'a b');
    await user.type(within(dialog).getByLabelText('Password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Create an account' }));
    const name = within(dialog).getByLabelText('Username');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/a username is 3–32 letters, digits/i);
    const password = within(dialog).getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(/a password has at least 8 characters/i);
    await expectNoSeriousAxeViolations(document.body);
  });

  it('signs up, shows who is signed in, and signs out', async () => {
    const { user } = renderApp({ path: DEBATE });
    const name = await signUpThroughHeader(user);
    const header = screen.getByRole('region', { name: 'Your account' });
    expect(within(header).getByText(/Signed in as/)).toHaveTextContent(`Signed in as ${name}`);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Reply to the post' })).toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: 'Sign out' }));
    expect(await within(header).findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in to reply to the post' })).toBeVisible();
  });

  it("shows the server's refusal as it is", async () => {
    const { user } = renderApp({ path: DEBATE });
    const name = await signUpThroughHeader(user, freshName('ann'));
    const header = screen.getByRole('region', { name: 'Your account' });
    await user.click(within(header).getByRole('button', { name: 'Sign out' }));
    await user.click(await within(header).findByRole('button', { name: 'Sign in' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign in' });
    await user.type(within(dialog).getByLabelText('Username'), name);
    await user.type(within(dialog).getByLabelText('Password'), 'not the password');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Wrong username or password.',
    );
    // The name taken in another letter case is refused on sign-up, in the server's words.
    await user.click(within(dialog).getByRole('button', { name: 'New here? Create an account' }));
    const signUp = screen.getByRole('dialog', { name: 'Create an account' });
    await user.clear(within(signUp).getByLabelText('Password'));
    await user.type(within(signUp).getByLabelText('Password'), 'another password');
    await user.clear(within(signUp).getByLabelText('Username'));
    await user.type(within(signUp).getByLabelText('Username'), name.toUpperCase());
    await user.click(within(signUp).getByRole('button', { name: 'Create an account' }));
    await waitFor(() => expect(within(signUp).getByRole('alert')).toHaveTextContent(/taken/i));
  });
});

// Component-test helpers for accounts: MSW keeps the session cookie the real API sets (in a
// cookie jar shared by the whole test file), so each test that signs in signs out after itself,
// through the real API, and the next test starts as a reader without an account.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach } from 'vitest';

const api = (path: string) => new URL(path, window.location.href).href;

/** Ends whatever session the cookie jar holds. Register once per file. */
export function signOutAfterEach() {
  afterEach(async () => {
    const me = (await (await fetch(api('/api/me'))).json()) as { csrfToken: string | null };
    if (!me.csrfToken) return;
    await fetch(api('/api/auth/signout'), {
      method: 'POST',
      headers: { 'x-csrf-token': me.csrfToken },
    });
  });
}

let accounts = 0;
/** A username no other test in the file has used. */
export function freshName(stem = 'reader'): string {
  accounts += 1;
  return `${stem}${accounts}${Math.random().toString(36).slice(2, 6)}`;
}

/** Creates an account through the header's dialog, as a person would; returns the name. */
export async function signUpThroughHeader(user: UserEvent, name = freshName()): Promise<string> {
  const header = await screen.findByRole('region', { name: 'Your account' });
  await user.click(within(header).getByRole('button', { name: 'Create an account' }));
  const dialog = screen.getByRole('dialog', { name: 'Create an account' });
  await user.type(within(dialog).getByLabelText('Username'), name);
  await user.type(within(dialog).getByLabelText('Password'), 'correct horse battery');
  await user.click(within(dialog).getByRole('button', { name: 'Create an account' }));
  await within(header).findByText(name);
  return name;
}

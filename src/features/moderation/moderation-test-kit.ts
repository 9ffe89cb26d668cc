// Component-test helpers for moderation: the real API (the Hono app over a memory store, served
// by MSW) with a handle on the store, so a test can make a moderator or an admin the way
// `npm run admin -- create-user` does, then sign in through the header like a person.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDemoPasswords } from '../../../mocks/demo-passwords';
import { createHandlers } from '../../../mocks/handlers';
import { createUserWithRole } from '../../../server/admin/admin-cli';
import { createMemoryStore } from '../../../server/store/memory-store';
import { freshName } from '../../../test/accounts';
import type { Debate } from '../../domain/model';
import type { SiteRole } from '../../domain/permissions';

const PASSWORD = 'correct horse battery';

export function setupModerationApi(debates: readonly Debate[]) {
  const store = createMemoryStore(debates);
  const passwords = createDemoPasswords(1000);
  const server = setupServer(...createHandlers(store, { pattern: '*/api/*', passwords }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  /** A new account with `role`, as the admin command makes one; returns its name. */
  async function createAccount(role: SiteRole, stem: string = role): Promise<string> {
    const name = freshName(stem);
    const outcome = await createUserWithRole(
      store,
      passwords,
      { command: 'create-user', name, role },
      PASSWORD,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    return name;
  }
  return { store, createAccount };
}

/** Signs in through the header's dialog; resolves once the header names the account. */
export async function signInThroughHeader(user: UserEvent, name: string): Promise<void> {
  const header = await screen.findByRole('region', { name: 'Your account' });
  await user.click(within(header).getByRole('button', { name: 'Sign in' }));
  const dialog = screen.getByRole('dialog', { name: 'Sign in' });
  await user.type(within(dialog).getByLabelText('Username'), name);
  await user.type(within(dialog).getByLabelText('Password'), PASSWORD);
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  await within(header).findByText(name);
}

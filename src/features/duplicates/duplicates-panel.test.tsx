// The duplicates panel against the real API (the Hono app over a memory store, served by MSW),
// with the app told to build every list of more than two claims in the background, as it does
// past 1,000 claims: the panel first shows that the list is being built and how far it got, then
// asks again by itself and shows the groups once the list is ready.
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPasswords } from '../../../mocks/demo-passwords';
import { createPageSession } from '../../../mocks/page-session';
import { createUserWithRole } from '../../../server/admin/admin-cli';
import { createApp } from '../../../server/app';
import { createMemoryStore } from '../../../server/store/memory-store';
import { freshName, signOutAfterEach } from '../../../test/accounts';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';

const PASSWORD = 'correct horse battery';
const debate = smallDebate();
const store = createMemoryStore([
  {
    ...debate,
    claims: [
      ...debate.claims,
      { id: 'crowded', text: 'Buses would be overcrowded if they were free.' },
      { id: 'planners', text: 'Planners call fares a rounding error in what buses cost.' },
    ],
  },
]);
const passwords = createDemoPasswords(1000);
const app = createApp({
  store,
  database: 'memory',
  passwords,
  clientAddress: () => 'msw',
  sessionCarrier: createPageSession(),
  duplicateLists: { inlineClaims: 2, sliceMs: 1 },
});
const server = setupServer(http.all('*/api/*', ({ request }) => app.fetch(request)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
signOutAfterEach();

async function signInAsModerator() {
  const name = freshName('mod');
  const made = await createUserWithRole(
    store,
    passwords,
    { command: 'create-user', name, role: 'moderator' },
    PASSWORD,
  );
  if (!made.ok) throw new Error(made.message);
  const { user } = renderApp({ path: '/debates/free-buses' });
  await screen.findByRole('heading', { name: 'Should buses be free?', level: 1 });
  const header = screen.getByRole('region', { name: 'Your account' });
  await user.click(within(header).getByRole('button', { name: 'Sign in' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
  await user.type(within(dialog).getByLabelText('Username'), name);
  await user.type(within(dialog).getByLabelText('Password'), PASSWORD);
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
  await within(header).findByText(name);
  return user;
}

describe('duplicates panel while the list is built', { timeout: 30_000 }, () => {
  it('shows the progress, then the groups once the server has built the list', async () => {
    const user = await signInAsModerator();
    const panel = await screen.findByRole('region', { name: 'Likely duplicates' });
    await user.click(within(panel).getByRole('button', { name: 'Find duplicates' }));
    const words = await within(panel).findByText(/^Building the list of likely duplicates\./);
    const status = words.closest('[role="status"]') as HTMLElement;
    const claims = debate.claims.length + 2;
    expect(status).toHaveTextContent(
      new RegExp(`(Reading|Comparing) the claims: \\d+ of ${claims}\\.`),
    );
    const bar = within(status).getByRole('progressbar', { name: 'Building the duplicates list' });
    expect(bar.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`the claims: \\d+ of ${claims}$`),
    );
    await expectNoSeriousAxeViolations(panel);
    // Nobody clicks: the panel asks again while the server says "building".
    const group = await within(panel).findByRole(
      'listitem',
      { name: /^Group 1: 2 claims/ },
      { timeout: 5000 },
    );
    expect(group).toHaveTextContent('Buses would be overcrowded if they were free.');
    expect(group).toHaveTextContent('Free buses would be overcrowded.');
    expect(within(panel).queryByRole('status')).toBeNull();
    await expectNoSeriousAxeViolations(panel);
  });
});

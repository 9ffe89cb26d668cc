// The duplicates panel against the real API (the Hono app over a memory store, served by MSW),
// with the app told to build every list of more than two claims in the background, as it does
// past 1,000 claims: the panel first shows that the list is being built and how far it got, then
// asks again by itself and shows the groups once the list is ready.
import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPasswords } from '../../../mocks/demo-passwords';
import { createHandlers } from '../../../mocks/handlers';
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
const server = setupServer(
  ...createHandlers(store, {
    pattern: '*/api/*',
    passwords,
    deps: { duplicateLists: { inlineClaims: 2, sliceMs: 1 } },
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
signOutAfterEach();

/** A new account made a moderator of this debate, signed in through the API, then the page. */
async function openAsModerator() {
  const signUp = await fetch(new URL('/api/auth/signup', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: freshName('mod'), password: PASSWORD }),
  });
  expect(signUp.status).toBe(201);
  const { user: account } = (await signUp.json()) as { user: { id: string } };
  await store.setDebateModerator(account.id, 'free-buses', true);
  const { user } = renderApp({ path: '/debates/free-buses' });
  await screen.findByRole('heading', { name: 'Should buses be free?', level: 1 });
  return user;
}

describe('duplicates panel while the list is built', { timeout: 30_000 }, () => {
  it('shows the progress, then the groups once the server has built the list', async () => {
    const user = await openAsModerator();
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

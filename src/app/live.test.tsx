// Live updates: a reader with the debate open sees another person's reply to a claim (the
// comment, the new claim and its relation in the map) arrive over the event stream, without
// reloading. The stream is the real route through MSW, read by a fetch-based EventSource
// (the test DOM has none).
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FetchEventSource } from '../../test/fetch-event-source';
import { renderApp, setupMockApi } from '../../test/render-app';
import { seedDebate } from '../seed/seed-debate';

setupMockApi([seedDebate]);
beforeAll(() => vi.stubGlobal('EventSource', FetchEventSource));
afterAll(() => vi.unstubAllGlobals());

const api = (path: string) => new URL(path, window.location.href).href;

async function post(path: string, body: unknown, csrf: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (csrf) headers['x-csrf-token'] = csrf;
  const response = await fetch(api(path), { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('another reader', { timeout: 20_000 }, () => {
  it('sees a reply to a claim, its claim and its relation arrive without reloading', async () => {
    renderApp({ path: '/debates/social-productivity' });
    const map = await screen.findByRole('region', { name: 'Argument map' });
    await screen.findByRole('article', { name: 'Comment 2 by Unnamed commenter' });
    const claimsBefore = within(map).getAllByRole('listitem').length;

    // Someone else, elsewhere: signs up and attacks the middle-classes claim.
    const signUp = await post(
      '/api/auth/signup',
      { username: 'writer', password: 'long enough pw' },
      null,
    );
    expect(signUp.status).toBe(201);
    const written = await post(
      '/api/debates/social-productivity/comments',
      {
        parentId: null,
        body: 'Capacity is not time. Most people work long hours.',
        reply: {
          targetClaimId: 'middle-classes',
          stance: 'attacks',
          point: { kind: 'new', text: 'Capacity is not the same as having time.' },
        },
      },
      signUp.json.csrfToken as string,
    );
    expect(written.status).toBe(201);

    const card = await within(map).findByRole(
      'button',
      { name: /^Capacity is not the same as having time/ },
      { timeout: 3000 },
    );
    expect(card).toHaveAccessibleName(/attacks “The middle classes have the capacity/);
    expect(within(map).getAllByRole('listitem').length).toBe(claimsBefore + 1);
    const comment = await screen.findByRole('article', { name: 'Comment 3 by writer' });
    expect(within(comment).getByText('Attacks:')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '3 comments' })).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, setupMockApi } from '../../test/render-app';
import { seedDebate } from '../seed/seed-debate';

setupMockApi([seedDebate]);

describe('hash routing (the static demo build)', () => {
  it('opens the debate and claim named after the hash, and links stay in the hash', async () => {
    const { user } = renderApp({
      path: '/debates/social-productivity?claim=brixton',
      routing: 'hash',
    });
    const map = await screen.findByRole('region', { name: 'Argument map' });
    expect(within(map).getByRole('button', { name: /^Residents of Brixton/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(map).getByRole('button', { name: /^The Arab Spring shows/ }));
    expect(window.location.pathname).toBe('/');
    expect(window.location.hash).toBe('#/debates/social-productivity?claim=arab-spring');

    const home = screen.getByRole('link', { name: 'Crux' });
    expect(home).toHaveAttribute('href', '#/');
    await user.click(home);
    const link = await screen.findByRole('link', { name: /social productivity/i });
    expect(link).toHaveAttribute('href', '#/debates/social-productivity');
  });
});

describe('scrolling the selection into view', () => {
  const original = Element.prototype.scrollIntoView;
  afterEach(() => {
    Element.prototype.scrollIntoView = original;
  });

  // The map does not scroll: it moves its own camera to the selection (its tests cover that).
  it('scrolls the text to a claim chosen in the map', async () => {
    // jsdom does not lay out, so it has no scrollIntoView: record which elements ask for it.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function record(this: Element) {
      scrolled.push(this);
    };
    const { user } = renderApp({ path: '/debates/social-productivity' });
    const post = await screen.findByRole('article', { name: /social productivity/i });
    const map = screen.getByRole('region', { name: 'Argument map' });

    await user.click(within(map).getByRole('button', { name: /^The middle classes have/ }));
    const words = within(post).getByRole('button', { name: /^“the middle classes/ });
    expect(scrolled).toContain(words);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';
import { smallDebate } from '../../test-fixtures/small-debate';

setupMockApi([seedDebate, smallDebate]);

function mapNode(name: RegExp) {
  const map = screen.getByRole('region', { name: 'Argument map' });
  return within(map).getByRole('button', { name });
}

describe('the post', () => {
  it('shows its byline, date and source link when the source gives them', async () => {
    renderApp({ path: '/debates/cats-and-dogs' });
    const post = await screen.findByRole('article', { name: 'Cats or dogs?' });
    expect(within(post).getByText(/By Ada Example/)).toBeInTheDocument();
    expect(post.querySelector('time')).toHaveAttribute('datetime', '2024-03-01T09:30:00.000Z');
    expect(within(post).getByRole('link', { name: 'Original post' })).toHaveAttribute(
      'href',
      'https://example.org/cats-or-dogs',
    );
    // Paragraph breaks in the source stay paragraph breaks on the page.
    expect(within(post).getByText('Dogs need walking twice a day.').tagName).toBe('P');
  });

  it('selects the claim in the map when its highlighted words are clicked', async () => {
    const { user } = renderApp({ path: '/debates/social-productivity' });
    const post = await screen.findByRole('article', { name: /social productivity/i });
    const words = within(post).getByRole('button', { name: /^“the middle classes/ });
    expect(words).toHaveAccessibleName(
      /states the claim: The middle classes have the capacity to participate if they choose to\.$/,
    );
    expect(mapNode(/^The middle classes have/)).toHaveAttribute('aria-pressed', 'false');

    await user.click(words);
    expect(words).toHaveAttribute('aria-pressed', 'true');
    expect(mapNode(/^The middle classes have/)).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/^Selected claim: The middle classes/)).toBeInTheDocument();
  });

  it('selects by keyboard: the words are focusable and Enter or Space activates them', async () => {
    const { user } = renderApp({ path: '/debates/social-productivity' });
    const post = await screen.findByRole('article', { name: /social productivity/i });
    const words = within(post).getByRole('button', { name: /^“Tell that to the participants/ });
    words.focus();
    await user.keyboard(' ');
    expect(mapNode(/^The Arab Spring shows/)).toHaveAttribute('aria-pressed', 'true');

    await user.tab();
    await user.keyboard('{Enter}');
    expect(words).toHaveAttribute('aria-pressed', 'false');
    expect(document.activeElement).toHaveAttribute('aria-pressed', 'true');
  });

  it('steps through the claims stated by overlapping words, marking the others in the map', async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    const post = await screen.findByRole('article', { name: 'Cats or dogs?' });
    const shared = within(post).getByRole('button', { name: /^“they purr”, states 2 claims/ });

    await user.click(shared);
    expect(mapNode(/^Cats make the best pets/)).toHaveAttribute('aria-pressed', 'true');
    const purring = mapNode(/^Cats purr when/).closest('li') as HTMLElement;
    expect(within(purring).getByText('Also stated here')).toBeInTheDocument();

    await user.click(shared);
    expect(mapNode(/^Cats purr when/)).toHaveAttribute('aria-pressed', 'true');
    expect(mapNode(/^Cats make the best pets/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('is axe-clean', async () => {
    const { container } = renderApp({ path: '/debates/cats-and-dogs?claim=purring' });
    await screen.findByRole('article', { name: 'Cats or dogs?' });
    await expectNoSeriousAxeViolations(container);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';
import { smallDebate } from '../../test-fixtures/small-debate';

setupMockApi([seedDebate, smallDebate]);

function mapNodeCard(name: RegExp): HTMLElement {
  const map = screen.getByRole('region', { name: 'Argument map' });
  return within(map).getByRole('button', { name }).closest('li') as HTMLElement;
}

describe('the thread', () => {
  it('highlights in the map the claims of the selected comment, and only those', async () => {
    const { user } = renderApp({ path: '/debates/social-productivity' });
    const select = await screen.findByRole('button', {
      name: 'Select comment 2 by Unnamed commenter',
    });
    expect(select).toHaveAttribute('aria-pressed', 'false');
    await user.click(select);
    expect(select).toHaveAttribute('aria-pressed', 'true');

    const commentClaims = seedDebate.anchors
      .filter((a) => a.source.kind === 'comment' && a.source.commentId === 'comment-2')
      .map((a) => a.claimId);
    const map = screen.getByRole('region', { name: 'Argument map' });
    const marked = within(map)
      .getAllByText('In the selected comment')
      .map((note) =>
        (note.closest('li') as HTMLElement).querySelector('button')?.getAttribute('aria-label'),
      );
    expect(marked).toHaveLength(new Set(commentClaims).size);
    expect(marked.some((name) => name?.startsWith('Reform should not assume'))).toBe(true);
    expect(
      within(mapNodeCard(/^The middle classes have/)).queryByText('In the selected comment'),
    ).toBeNull();
    expect(screen.getByText(/^Selected a comment by an unnamed commenter/)).toBeInTheDocument();
  });

  it('draws the words of comments as marks that select their claim', async () => {
    const { user } = renderApp({ path: '/debates/social-productivity' });
    const comment = await screen.findByRole('article', { name: 'Comment 1 by Unnamed commenter' });
    await user.click(
      within(comment).getByRole('button', { name: /^“requires the state to get out/ }),
    );
    const map = screen.getByRole('region', { name: 'Argument map' });
    expect(
      within(map).getByRole('button', { name: /^The Big Society requires the state to stop/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    // Choosing a claim drops the comment selection: the map shows one selection at a time.
    expect(
      screen.getByRole('button', { name: 'Select comment 1 by Unnamed commenter' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('nests replies under what they answer, with names, dates and removed comments shown', async () => {
    renderApp({ path: '/debates/cats-and-dogs' });
    const top = await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    expect(top.querySelector('time')).toHaveAttribute('datetime', '2024-03-01T10:00:00.000Z');
    const topItem = top.closest('li') as HTMLElement;
    const replies = within(topItem).getByRole('list');
    expect(
      within(replies).getByRole('article', { name: 'Comment 2 by Unnamed commenter' }),
    ).toBeInTheDocument();
    const gone = screen.getByRole('article', { name: 'Comment 3 by Cy' });
    expect(within(gone).getByText('This comment was deleted.')).toBeInTheDocument();
    expect(within(gone).queryByText('Something regrettable.')).toBeNull();
  });
});

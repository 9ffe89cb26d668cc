import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { threadedDebate } from '../../../test/fixtures/threaded-debate';
import { renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';
import { smallDebate } from '../../test-fixtures/small-debate';

setupMockApi([seedDebate, smallDebate, threadedDebate()]);

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
    // The selection bar names the author from the loaded thread, not the (paged) debate.
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

  it("names the selected comment's author in the selection bar", async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    const top = await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    await user.click(within(top).getByRole('button', { name: 'Select comment 1 by Bo' }));
    expect(screen.getByText(/^Selected a comment by Bo:/)).toBeInTheDocument();
  });

  it('puts replies after what they answer, with names, dates and removed comments shown', async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    const top = await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    expect(top.querySelector('time')).toHaveAttribute('datetime', '2024-03-01T10:00:00.000Z');
    const names = screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'));
    expect(names.indexOf('Comment 2 by Unnamed commenter')).toBe(
      names.indexOf('Comment 1 by Bo') + 1,
    );
    const gone = screen.getByRole('article', { name: 'Comment 3 by Cy' });
    expect(within(gone).getByText('[deleted]')).toBeInTheDocument();
    expect(within(gone).queryByText('Something regrettable.')).toBeNull();
    // Collapsing hides the reply, and says how many it hides.
    await user.click(within(top).getByRole('button', { name: 'Hide 1 reply' }));
    expect(screen.queryByRole('article', { name: /by Unnamed commenter/ })).toBeNull();
    expect(within(top).getByRole('button', { name: 'Show 1 reply' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('sorts newest first with a labelled select', async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    await user.selectOptions(screen.getByLabelText('Sort comments'), 'newest');
    await waitFor(() =>
      expect(screen.getAllByRole('article', { name: /^Comment/ })[0]).toHaveAttribute(
        'aria-label',
        'Comment 1 by Cy',
      ),
    );
  });

  it('shows the claims of a comment as chips that select them', async () => {
    const { user } = renderApp({ path: '/debates/social-productivity' });
    const comment = await screen.findByRole('article', { name: 'Comment 1 by Unnamed commenter' });
    const chips = within(
      within(comment).getByRole('list', { name: 'Claims stated here' }),
    ).getAllByRole('button');
    expect(chips.length).toBeGreaterThan(0);
    await user.click(chips[0] as HTMLElement);
    expect(chips[0]).toHaveAttribute('aria-pressed', 'true');
    expect(within(comment).getByRole('link', { name: /^Link/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/debates\/social-productivity\/comments\//),
    );
  });
});

describe('a thread too long for one page', () => {
  it('continues a cut thread on request', async () => {
    const { user } = renderApp({ path: '/debates/threaded' });
    const more = await screen.findByRole('button', { name: 'Show 5 more replies' });
    await user.click(more);
    await waitFor(() => expect(screen.queryByRole('button', { name: /more replies/ })).toBeNull());
  });
});

describe('a comment permalink', () => {
  const linked = () => document.querySelector('[aria-current="location"]');

  it('loads a comment beyond the loaded pages with its ancestors, and marks it', async () => {
    renderApp({ path: '/debates/threaded/comments/r23' });
    await screen.findByText('Buses are paid for by taxes anyway.');
    await waitFor(() => expect(linked()).not.toBeNull());
    expect(linked()).toHaveAttribute('data-comment-id', 'r23');
    expect(linked()).toHaveTextContent('Buses are paid for by taxes anyway.');
    // Only the linked comment is marked, and what it answers is loaded too.
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(document.querySelector('[data-comment-id="r22"]')).not.toBeNull();
  });

  it('loads the replies of the linked comment too', async () => {
    renderApp({ path: '/debates/threaded/comments/r22' });
    await waitFor(() => expect(linked()).toHaveAttribute('data-comment-id', 'r22'));
    // r23 answers r22 beyond the reply cap of the main pages, so only the replies load it.
    await waitFor(() => expect(document.querySelector('[data-comment-id="r23"]')).not.toBeNull());
  });

  it('works in the hash-routed demo, and links there with a hash', async () => {
    renderApp({ path: '/debates/threaded/comments/r23', routing: 'hash' });
    await waitFor(() => expect(linked()).toHaveAttribute('data-comment-id', 'r23'));
    expect(within(linked() as HTMLElement).getByRole('link', { name: /^Link/ })).toHaveAttribute(
      'href',
      '#/debates/threaded/comments/r23',
    );
  });

  it('follows a Link in place, marking the comment it names', async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    const top = await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    expect(top).not.toHaveAttribute('aria-current');
    await user.click(within(top).getByRole('link', { name: 'Link to comment 1' }));
    expect(window.location.pathname).toMatch(/^\/debates\/cats-and-dogs\/comments\//);
    expect(screen.getByRole('article', { name: 'Comment 1 by Bo' })).toHaveAttribute(
      'aria-current',
      'location',
    );
  });

  it('copies the absolute link and says so', async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    const top = await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    await user.click(within(top).getByRole('button', { name: 'Copy link to comment 1' }));
    expect(await within(top).findByText('Link copied')).toBeInTheDocument();
    const id = top.getAttribute('data-comment-id') ?? '';
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/debates/cats-and-dogs/comments/${id}`,
    );
  });

  it('without a clipboard, offers the link selected in a field', async () => {
    const { user } = renderApp({ path: '/debates/cats-and-dogs' });
    const top = await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    // An insecure origin has no async clipboard: navigator.clipboard is undefined there.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(within(top).getByRole('button', { name: 'Copy link to comment 1' }));
    const field = await within(top).findByRole('textbox', { name: /^Link to comment 1/ });
    const id = top.getAttribute('data-comment-id') ?? '';
    expect(field).toHaveValue(`${window.location.origin}/debates/cats-and-dogs/comments/${id}`);
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
    expect(within(top).queryByText('Link copied')).toBeNull();
  });

  it('says so when the linked comment does not exist', async () => {
    renderApp({ path: '/debates/threaded/comments/ghost' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not find the linked comment/);
    expect(alert).toHaveTextContent(/No comment "ghost"/);
  });
});

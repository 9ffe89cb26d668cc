// Writing in the thread against the real API (the Hono app over a memory store, through MSW):
// replying to the post and to a comment, the limits and errors, editing with a conflicting
// edit from another tab, deleting, and a refused write rolling back with a message.
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { LIMITS } from '../../domain/commands';
import { smallDebate } from '../../test-fixtures/small-debate';

const server = setupMockApi([smallDebate]);

/**
 * Holds the next write to `path` on the network until released, then lets it through to the
 * real API: the only way to see a state that lasts as long as a round trip.
 */
function holdNextWrite(path: string): () => void {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post(
      `*${path}`,
      async () => {
        await gate;
        // Nothing returned: MSW passes the request on to the next handler, the real API.
        return undefined;
      },
      { once: true },
    ),
  );
  return release;
}
signOutAfterEach();

const PATH = '/debates/cats-and-dogs';
const api = (path: string) => new URL(path, window.location.href).href;

async function csrf(): Promise<string> {
  const me = (await (await fetch(api('/api/me'))).json()) as { csrfToken: string };
  return me.csrfToken;
}

async function openSignedIn() {
  const rendered = renderApp({ path: PATH });
  await screen.findByRole('article', { name: 'Comment 1 by Bo' });
  const name = await signUpThroughHeader(rendered.user);
  return { ...rendered, name };
}

async function replyToPost(user: ReturnType<typeof renderApp>['user'], text: string) {
  await user.click(screen.getByRole('button', { name: 'Reply to the post' }));
  const field = screen.getByLabelText('Your reply to the post');
  expect(field).toHaveFocus();
  // user-event reads [ and { as key names: doubled, they are typed as themselves.
  await user.type(field, text.replace(/[[{]/g, '$&$&'));
  await user.click(screen.getByRole('button', { name: 'Send reply' }));
}

describe('replying in the thread', { timeout: 20_000 }, () => {
  it('replies to the post with Markdown, shown at once as sending, then in its place', async () => {
    const { user, name } = await openSignedIn();
    const release = holdNextWrite('/api/debates/cats-and-dogs/comments');
    await replyToPost(user, 'Dogs *also* purr. See [the study](https://example.org/purr).');
    // Optimistic: the reply is in the thread before the server has answered.
    const sending = await screen.findByRole('article', { name: 'Your reply, sending' });
    expect(within(sending).getByText('sending…')).toBeInTheDocument();
    expect(within(sending).getByText('also').closest('em')).not.toBeNull();
    expect(screen.getByText('Sending your reply…')).toBeInTheDocument();
    release();

    const mine = await screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
    expect(screen.queryByRole('article', { name: 'Your reply, sending' })).toBeNull();
    expect(within(mine).getByText('also').closest('em')).not.toBeNull();
    const link = within(mine).getByRole('link', { name: 'the study' });
    expect(link).toHaveAttribute('href', 'https://example.org/purr');
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(screen.getByRole('heading', { name: '4 comments' })).toBeInTheDocument();
  });

  it('replies to a comment under it, sending with Ctrl+Enter', async () => {
    const { user, name } = await openSignedIn();
    const bo = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    await user.click(within(bo).getByRole('button', { name: 'Reply to comment 1 by Bo' }));
    const field = within(bo).getByLabelText('Your reply to comment 1 by Bo');
    await user.type(field, 'Cats nap more than dogs.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const mine = await screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
    // Under Bo's comment: right after Bo's thread, before the next top-level comment.
    const names = screen
      .getAllByRole('article', { name: /^Comment/ })
      .map((a) => a.getAttribute('aria-label'));
    expect(names.indexOf(mine.getAttribute('aria-label'))).toBeGreaterThan(
      names.indexOf('Comment 1 by Bo'),
    );
    expect(mine.closest('li')).toHaveStyle({ marginLeft: '1.25rem' });
  });

  it('says what is wrong before sending: empty, and over the limit', async () => {
    const { user } = await openSignedIn();
    await user.click(screen.getByRole('button', { name: 'Reply to the post' }));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const field = screen.getByLabelText('Your reply to the post');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Write something before sending\./);
    expect(field).toHaveFocus();

    // Pasting is how an over-long reply happens; typing 10,001 keys would take the test minutes.
    await user.click(field);
    await user.paste('x'.repeat(LIMITS.commentBody + 5));
    expect(field).toHaveAccessibleDescription(/10,005 \/ 10,000 characters \(5 too many\)/);
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(field).toHaveAccessibleDescription(/at most 10,000 characters; this one has 10,005/);
    expect(screen.queryByRole('article', { name: 'Your reply, sending' })).toBeNull();
    await expectNoSeriousAxeViolations(document.body);
  });

  it('rolls a refused reply back, with the server message and the text kept', async () => {
    const { user } = await openSignedIn();
    await user.click(screen.getByRole('button', { name: 'Reply to the post' }));
    await user.type(screen.getByLabelText('Your reply to the post'), 'Lost in transit?');
    // Signed out in another tab: the page does not know yet, the server does.
    await fetch(api('/api/auth/signout'), {
      method: 'POST',
      headers: { 'x-csrf-token': await csrf() },
    });
    const release = holdNextWrite('/api/debates/cats-and-dogs/comments');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('article', { name: 'Your reply, sending' })).toBeInTheDocument();
    release();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Your reply was not sent: Sign in/);
    expect(screen.queryByRole('article', { name: 'Your reply, sending' })).toBeNull();
    expect(screen.queryByText('Lost in transit?', { selector: 'p' })).toBeNull();
    expect(screen.getByLabelText('Your reply to the post')).toHaveValue('Lost in transit?');
    // The page learns the session is gone and offers to sign in again.
    const account = screen.getByRole('region', { name: 'Your account' });
    expect(await within(account).findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});

describe('editing and deleting your own comment', { timeout: 20_000 }, () => {
  it('edits, marks it edited, and on a conflicting edit shows the current text to re-apply', async () => {
    const { user, name } = await openSignedIn();
    await replyToPost(user, 'First thoughts.');
    const mine = await screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
    const id = mine.getAttribute('data-comment-id') ?? '';
    // Another comment offers no Edit: only the author may.
    const bo = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    expect(within(bo).queryByRole('button', { name: /^Edit/ })).toBeNull();

    await user.click(within(mine).getByRole('button', { name: /^Edit comment/ }));
    const field = within(mine).getByLabelText(/^Edit comment/);
    await user.clear(field);
    await user.type(field, 'Second thoughts.');
    // Meanwhile, in another tab, the author edits the same comment.
    const other = await fetch(api(`/api/debates/cats-and-dogs/comments/${id}`), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await csrf() },
      body: JSON.stringify({ body: 'Thoughts from the other tab.', version: 1 }),
    });
    expect(other.status).toBe(200);
    await user.click(within(mine).getByRole('button', { name: 'Save edit' }));

    const alert = await within(mine).findByRole('alert');
    expect(alert).toHaveTextContent('Your edit was not saved');
    expect(alert).toHaveTextContent('The comment now reads:Thoughts from the other tab.');
    expect(within(mine).getByLabelText(/^Edit comment/)).toHaveValue('Second thoughts.');
    await user.click(
      within(mine).getByRole('button', { name: 'Apply my text to the current version' }),
    );
    await waitFor(() => expect(within(mine).queryByLabelText(/^Edit comment/)).toBeNull());
    expect(within(mine).getByText('Second thoughts.')).toBeInTheDocument();
    expect(within(mine).getByText('edited')).toBeInTheDocument();
  });

  it('deletes after confirming, leaving [deleted] in place', async () => {
    const { user, name } = await openSignedIn();
    await replyToPost(user, 'Regrettable words.');
    const mine = await screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
    await user.click(within(mine).getByRole('button', { name: /^Delete comment/ }));
    expect(within(mine).getByRole('button', { name: 'Delete comment' })).toHaveFocus();
    await user.click(within(mine).getByRole('button', { name: 'Delete comment' }));
    await waitFor(() => expect(within(mine).getByText('[deleted]')).toBeInTheDocument());
    expect(within(mine).queryByText('Regrettable words.')).toBeNull();
  });
});

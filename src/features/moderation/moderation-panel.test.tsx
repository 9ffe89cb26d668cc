// The moderators' queue and log against the real API: a moderator accepts and declines
// suggested claims (the words shown in their context), reads who did what and why, undoes an
// entry, and is told the server's reason when a later change blocks an undo. A commenter is
// not shown the panel, and the API refuses them with the table's reason.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';
import { PARAGRAPH_SEPARATOR } from '../../domain/model';
import { smallDebate } from '../../test-fixtures/small-debate';
import { setupModerationApi, signInThroughHeader } from './moderation-test-kit';

const api = setupModerationApi([smallDebate]);
signOutAfterEach();

const DEBATE = 'cats-and-dogs';
const POST_TEXT = smallDebate.post.paragraphs.join(PARAGRAPH_SEPARATOR);
const MARKER = { id: 'u-marker', name: 'marker' };

async function suggest(words: string, text: string, commentId?: string) {
  const start = (commentId ? 'I prefer dogs.' : POST_TEXT).indexOf(words);
  const result = await api.store.markClaim(DEBATE, MARKER, {
    source: commentId ? { kind: 'comment', commentId } : { kind: 'post' },
    position: { start, end: start + words.length },
    text,
    relation: null,
  });
  if (result.kind !== 'suggested') throw new Error(`not a suggestion: ${result.kind}`);
}

async function openAsModerator() {
  const rendered = renderApp({ path: `/debates/${DEBATE}` });
  await screen.findByRole('article', { name: 'Comment 1 by Bo' });
  const name = await api.createAccount('moderator');
  await signInThroughHeader(rendered.user, name);
  const panel = await screen.findByRole('region', { name: 'Moderation' });
  return { ...rendered, name, panel, map: screen.getByRole('region', { name: 'Argument map' }) };
}

describe('the moderation panel', { timeout: 30_000 }, () => {
  it('lists suggested claims in context; Accept adds the claim, Decline keeps it out', async () => {
    await suggest('Dogs need walking', 'Dogs need walking.');
    await suggest('twice a day', 'Twice a day is a lot.');
    await suggest('prefer dogs', 'Dogs are preferable.', 'c-top');
    const { user, panel, map } = await openAsModerator();
    const queue = within(panel).getByRole('region', { name: 'Suggested claims' });
    const first = await within(queue).findByRole('listitem', { name: 'Claim: Dogs need walking.' });
    expect(first).toHaveTextContent(
      'In the post: …Cats make the best pets because they purr when content. Dogs need walking twice a day.…',
    );
    const inComment = within(queue).getByRole('listitem', { name: 'Claim: Dogs are preferable.' });
    await waitFor(() => expect(inComment).toHaveTextContent('In Bo’s comment: …I prefer dogs.…'));
    await expectNoSeriousAxeViolations(document.body);
    await user.click(within(first).getByRole('button', { name: 'Accept “Dogs need walking.”' }));
    expect(await within(map).findByRole('button', { name: /^Dogs need walking\./ })).toBeTruthy();

    const second = within(queue).getByRole('listitem', { name: 'Claim: Twice a day is a lot.' });
    await user.click(within(second).getByRole('button', { name: /^Decline/ }));
    await user.type(within(second).getByLabelText('Why decline it (optional)'), 'not a claim');
    await user.click(within(second).getByRole('button', { name: 'Decline' }));
    await waitFor(() =>
      expect(within(queue).queryByRole('listitem', { name: /Twice a day/ })).toBeNull(),
    );
    expect(within(map).queryByRole('button', { name: /^Twice a day/ })).toBeNull();
    const log = within(panel).getByRole('region', { name: 'Moderation log' });
    expect(await within(log).findByText(/^Accepted a suggested claim/)).toBeTruthy();
  });

  it('shows who did what and why, and Undo puts the comment back', async () => {
    const { user, panel, name } = await openAsModerator();
    const comment = screen.getByRole('article', { name: 'Comment 1 by Bo' });
    await user.click(within(comment).getByRole('button', { name: 'Hide comment 1 by Bo' }));
    const dialog = screen.getByRole('dialog', { name: 'Hide comment 1 by Bo' });
    await user.type(within(dialog).getByLabelText('Reason'), 'rude');
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    const log = within(panel).getByRole('region', { name: 'Moderation log' });
    const entry = await within(log).findByRole('listitem', { name: 'Hid comment "c-top"' });
    expect(entry).toHaveTextContent(`${name},`);
    expect(entry).toHaveTextContent('Why: rude');
    await expectNoSeriousAxeViolations(document.body);
    await user.click(within(entry).getByRole('button', { name: /^Undo entry/ }));
    expect(await within(log).findByText(/^Undid entry/)).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: 'Comment 1 by Bo' })).queryByText(/^Hidden:/),
      ).toBeNull(),
    );
    // The hide is undone: its own entry can no longer be.
    expect(within(log).getByRole('listitem', { name: 'Hid comment "c-top"' })).toHaveTextContent(
      'Cannot be undone',
    );
  });

  it('an undo a later change blocks shows the server’s reason', async () => {
    const { user, panel } = await openAsModerator();
    await user.click(
      within(screen.getByRole('region', { name: 'Argument map' })).getByRole('button', {
        name: /^Sick cats purr too/,
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Edit wording' }));
    const dialog = screen.getByRole('dialog', { name: "Edit the claim's wording" });
    const wording = within(dialog).getByLabelText('Wording');
    await user.clear(wording);
    await user.type(wording, 'Sick cats purr as well.');
    await user.click(within(dialog).getByRole('button', { name: 'Save wording' }));
    const log = within(panel).getByRole('region', { name: 'Moderation log' });
    const entry = await within(log).findByRole('listitem', { name: /^Edited claim "sick-purr"/ });
    // Another moderator edits it again meanwhile; this page's log does not know yet.
    await api.store.moderate(DEBATE, MARKER, {
      kind: 'edit-claim',
      claimId: 'sick-purr',
      text: 'Ill cats purr as well.',
    });
    await user.click(within(entry).getByRole('button', { name: /^Undo entry/ }));
    const refusal = await within(entry).findByRole('alert');
    expect(refusal).toHaveTextContent(/^Not undone: .*\d/);
  });

  it('is not shown to a commenter', async () => {
    const { user } = renderApp({ path: `/debates/${DEBATE}` });
    await screen.findByRole('article', { name: 'Comment 1 by Bo' });
    await signUpThroughHeader(user);
    await screen.findByRole('button', { name: 'Hide comment 1 by Bo' });
    expect(screen.queryByRole('region', { name: 'Moderation' })).toBeNull();
    const answer = await fetch(new URL(`/api/debates/${DEBATE}/moderation/log`, location.href));
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({
      error: {
        message:
          'Only a moderator of this debate can read the moderation log; your account is not one.',
      },
    });
  });
});

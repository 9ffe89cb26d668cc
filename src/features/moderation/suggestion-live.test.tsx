// Suggestions update live, both ways, against the real API and its event stream (read by a
// fetch-based EventSource through MSW): a moderator's queue gains a suggestion made elsewhere and
// loses one another moderator declined, without reloading; an author's "Your suggestions" shows
// a moderator's decision as it happens. A suggestion that words state an existing claim shows
// that claim's wording, and accepting it anchors the words to it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signOutAfterEach } from '../../../test/accounts';
import { FetchEventSource } from '../../../test/fetch-event-source';
import { expectNoSeriousAxeViolations, renderApp } from '../../../test/render-app';
import type { MarkClaim } from '../../domain/commands';
import { PARAGRAPH_SEPARATOR } from '../../domain/model';
import { smallDebate } from '../../test-fixtures/small-debate';
import { setupModerationApi, signInThroughHeader } from './moderation-test-kit';

const api = setupModerationApi([smallDebate]);
signOutAfterEach();
beforeAll(() => vi.stubGlobal('EventSource', FetchEventSource));
afterAll(() => vi.unstubAllGlobals());

const DEBATE = 'cats-and-dogs';
const POST_TEXT = smallDebate.post.paragraphs.join(PARAGRAPH_SEPARATOR);
const MARKER = { id: 'u-marker', name: 'marker' };
const OTHER_MOD = { id: 'u-other-mod', name: 'othermod' };

const REPLY_BODY = 'Purring is not always contentment; sick cats purr too.';

/** A mark of `words` in the post, or in the reply c-reply when `inReply`. */
function mark(
  words: string,
  claim: { claimId: string } | { text: string },
  inReply = false,
): MarkClaim {
  const start = (inReply ? REPLY_BODY : POST_TEXT).indexOf(words);
  return {
    source: inReply ? { kind: 'comment', commentId: 'c-reply' } : { kind: 'post' },
    position: { start, end: start + words.length },
    ...claim,
    relation: null,
  };
}

async function open(role: 'moderator' | 'commenter') {
  const rendered = renderApp({ path: `/debates/${DEBATE}` });
  await screen.findByRole('article', { name: 'Comment 1 by Bo' });
  const name = await api.createAccount(role);
  await signInThroughHeader(rendered.user, name);
  return { ...rendered, name };
}

async function pendingIds() {
  return ((await api.store.listAllSuggestions(DEBATE)) ?? [])
    .filter((s) => s.status === 'pending')
    .map((s) => s.id);
}

describe('suggestions, live', { timeout: 30_000 }, () => {
  it('a moderator’s queue gains and loses suggestions made and declined elsewhere', async () => {
    const { user } = await open('moderator');
    const panel = await screen.findByRole('region', { name: 'Moderation' });
    const queue = within(panel).getByRole('region', { name: 'Suggested claims' });
    await within(queue).findByText('No suggestions are waiting.');

    // Someone else suggests that words of the post state an existing claim.
    const made = await api.store.markClaim(
      DEBATE,
      MARKER,
      mark('Purring is not always contentment', { claimId: 'sick-purr' }, true),
    );
    expect(made.kind).toBe('suggested');
    const item = await within(queue).findByRole(
      'listitem',
      { name: 'Words for the existing claim: Sick cats purr too.' },
      { timeout: 3000 },
    );
    await waitFor(() => expect(item).toHaveTextContent('…Purring is not always contentment;'));
    await expectNoSeriousAxeViolations(document.body);

    // Another suggestion arrives, and another moderator declines it: it goes, live.
    await api.store.markClaim(DEBATE, MARKER, mark('twice a day', { text: 'Twice is a lot.' }));
    await within(queue).findByRole(
      'listitem',
      { name: 'Claim: Twice is a lot.' },
      { timeout: 3000 },
    );
    const [, second] = await pendingIds();
    const declined = await api.store.declineSuggestion(DEBATE, OTHER_MOD, second ?? '');
    expect(declined.kind).toBe('ok');
    await waitFor(
      () => expect(within(queue).queryByRole('listitem', { name: /Twice is a lot/ })).toBeNull(),
      { timeout: 3000 },
    );

    // Accepting the first anchors the words to the existing claim: no new claim in the map.
    const map = screen.getByRole('region', { name: 'Argument map' });
    const claims = within(map).getAllByRole('listitem').length;
    await user.click(within(item).getByRole('button', { name: 'Accept “Sick cats purr too.”' }));
    await waitFor(() => expect(within(queue).queryAllByRole('listitem')).toHaveLength(0));
    expect(
      await screen.findByRole('button', {
        name: /^“Purring is not always contentment”, states the claim: Sick cats purr too/,
      }),
    ).toBeInTheDocument();
    expect(within(map).getAllByRole('listitem')).toHaveLength(claims);
  });

  it('an author’s “Your suggestions” shows a moderator’s decision as it happens', async () => {
    const { user } = await open('commenter');
    await user.click(screen.getByRole('button', { name: 'Mark a claim in the post' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark a claim' });
    const text = within(dialog).getByLabelText(/^Select the words/) as HTMLTextAreaElement;
    const start = text.value.indexOf('Dogs need walking');
    text.setSelectionRange(start, start + 'Dogs need walking'.length);
    fireEvent.select(text);
    await user.click(within(dialog).getByRole('radio', { name: 'A claim already in the map' }));
    await user.type(within(dialog).getByLabelText('Find the claim these words state'), 'best pets');
    await user.click(within(dialog).getByRole('radio', { name: /^Cats make the best pets/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Suggest the claim' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Done' }));
    const mine = await screen.findByRole('region', { name: 'Your suggestions' });
    expect(mine).toHaveTextContent('states “Cats make the best pets.”: Suggested — waiting');

    const [id] = await pendingIds();
    expect((await api.store.declineSuggestion(DEBATE, OTHER_MOD, id ?? '')).kind).toBe('ok');
    await waitFor(() => expect(mine).toHaveTextContent('“Cats make the best pets.”: declined'), {
      timeout: 3000,
    });
  });
});

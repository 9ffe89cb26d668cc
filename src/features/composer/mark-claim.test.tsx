// "This is a claim" against the real API: in one's own comment it applies and the claim joins
// the map; in the post it is a suggestion, listed as waiting for a moderator. Words edited away
// are listed on their claim rather than highlighted.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { smallDebate } from '../../test-fixtures/small-debate';

setupMockApi([smallDebate]);
signOutAfterEach();

const PATH = '/debates/cats-and-dogs';

/** Selects `words` in `element`'s text as a reader dragging over them would. */
function selectWords(element: HTMLElement, words: string) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(words) ?? -1;
    if (at === -1) continue;
    document.getSelection()?.setBaseAndExtent(node, at, node, at + words.length);
    document.dispatchEvent(new Event('selectionchange'));
    return;
  }
  throw new Error(`"${words}" is not in one text node of the element`);
}

async function postOwnComment(user: UserEvent, name: string, text: string) {
  await user.click(screen.getByRole('button', { name: 'Reply to the post' }));
  await user.type(screen.getByLabelText('Your reply to the post'), text);
  await user.click(screen.getByRole('button', { name: 'Send reply' }));
  return screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
}

async function open() {
  const rendered = renderApp({ path: PATH });
  await screen.findByRole('article', { name: 'Comment 1 by Bo' });
  const name = await signUpThroughHeader(rendered.user);
  return { ...rendered, name, map: screen.getByRole('region', { name: 'Argument map' }) };
}

describe('marking a claim', { timeout: 20_000 }, () => {
  it('in your own comment: select words, "This is a claim", relate it, and it joins the map', async () => {
    const { user, name, map } = await open();
    const mine = await postOwnComment(user, name, 'Walks are good. Dogs keep their owners fit.');
    selectWords(mine, 'Dogs keep their owners fit');
    await user.click(await screen.findByRole('button', { name: 'This is a claim' }));

    const dialog = screen.getByRole('dialog', { name: 'Mark a claim' });
    expect(dialog).toHaveTextContent('In your comment: the claim joins the map at once.');
    expect(within(dialog).getByText('Chosen: “Dogs keep their owners fit”')).toBeInTheDocument();
    const wording = within(dialog).getByLabelText('The claim, in one sentence');
    expect(wording).toHaveValue('Dogs keep their owners fit');
    await user.type(wording, '{End}, which counts for dogs.');
    await user.click(within(dialog).getByRole('radio', { name: 'Attacks a claim' }));
    await user.click(within(dialog).getByRole('button', { name: 'Mark the claim' }));
    // Nothing chosen yet: said at the search field, and nothing sent.
    expect(dialog).toHaveTextContent('Choose the claim it attacks, or choose "Not related".');
    await user.type(within(dialog).getByLabelText('Find the claim it attacks'), 'cats best');
    await user.click(within(dialog).getByRole('radio', { name: /^Cats make the best pets/ }));
    await expectNoSeriousAxeViolations(document.body);
    await user.click(within(dialog).getByRole('button', { name: 'Mark the claim' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const claim = within(map).getByRole('button', {
      name: /^Dogs keep their owners fit, which counts for dogs/,
    });
    expect(claim).toHaveAttribute('aria-pressed', 'true');
    expect(claim).toHaveAccessibleName(/attacks “Cats make the best pets/);
    expect(
      within(mine).getByRole('button', { name: /^“Dogs keep their owners fit”, states the claim/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('in the post: chosen by keyboard in the text, sent as a suggestion waiting for a moderator', async () => {
    const { user, map } = await open();
    const before = within(map).getAllByRole('listitem').length;
    await user.click(screen.getByRole('button', { name: 'Mark a claim in the post' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark a claim' });
    expect(dialog).toHaveTextContent('this will be a suggestion for a moderator');
    await user.click(within(dialog).getByRole('button', { name: 'Suggest the claim' }));
    const text = within(dialog).getByLabelText(/^Select the words that state the claim/);
    expect(text).toHaveAccessibleDescription(/Select the words that state the claim\./);
    expect(text).toHaveFocus();

    const value = (text as HTMLTextAreaElement).value;
    const start = value.indexOf('Dogs need walking');
    (text as HTMLTextAreaElement).setSelectionRange(start, start + 'Dogs need walking'.length);
    fireEvent.select(text);
    expect(within(dialog).getByText('Chosen: “Dogs need walking”')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Suggest the claim' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Suggested — waiting for a moderator.',
    );
    expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    const mine = await screen.findByRole('region', { name: 'Your suggestions' });
    expect(mine).toHaveTextContent(
      '“Dogs need walking” — claim “Dogs need walking”: Suggested — waiting for a moderator',
    );
    // A suggestion changes nothing in the map.
    expect(within(map).getAllByRole('listitem')).toHaveLength(before);
  });

  it('links the words to the similar claim instead ("Link to it instead"): just an anchor, no new claim', async () => {
    const { user, name, map } = await open();
    const before = within(map).getAllByRole('listitem').length;
    const mine = await postOwnComment(
      user,
      name,
      'Walks are good. My cats purr when they are content.',
    );
    selectWords(mine, 'cats purr when they are content');
    await user.click(await screen.findByRole('button', { name: 'This is a claim' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark a claim' });
    const warning = await within(dialog).findByText(/^A similar claim already exists/);
    expect(warning).toHaveTextContent('Cats purr when they are content.');
    await user.click(within(dialog).getByRole('button', { name: 'Link to it instead' }));

    const stated = within(dialog).getByText(/^These words state:/);
    expect(stated).toHaveTextContent('These words state: “Cats purr when they are content.”');
    expect(stated).toHaveFocus();
    expect(within(dialog).getByRole('radio', { name: 'A claim already in the map' })).toBeChecked();
    expect(
      within(dialog).getByRole('radio', { name: /^Cats purr when they are content/ }),
    ).toBeChecked();
    expect(within(dialog).queryByLabelText('The claim, in one sentence')).toBeNull();
    expect(within(dialog).queryByRole('group', { name: 'How it relates' })).toBeNull();
    await expectNoSeriousAxeViolations(document.body);
    await user.click(within(dialog).getByRole('button', { name: 'Mark the claim' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(map).getAllByRole('listitem')).toHaveLength(before);
    expect(
      within(map).getByRole('button', { name: /^Cats purr when they are content/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(mine).getByRole('button', {
        name: /^“cats purr when they are content”, states the claim/,
      }),
    ).toBeInTheDocument();
  });

  it('finds any existing claim with the picker, by keyboard, and can go back to a new wording', async () => {
    const { user, map } = await open();
    const before = within(map).getAllByRole('listitem').length;
    await user.click(screen.getByRole('button', { name: 'Mark a claim in the post' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark a claim' });
    const text = within(dialog).getByLabelText(
      /^Select the words that state the claim/,
    ) as HTMLTextAreaElement;
    const start = text.value.indexOf('Dogs need walking');
    text.setSelectionRange(start, start + 'Dogs need walking'.length);
    fireEvent.select(text);

    const existing = within(dialog).getByRole('radio', { name: 'A claim already in the map' });
    existing.focus();
    await user.keyboard(' ');
    expect(existing).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Suggest the claim' }));
    expect(dialog).toHaveTextContent(
      'Choose the claim these words state, or write a new claim instead.',
    );
    const search = within(dialog).getByLabelText('Find the claim these words state');
    expect(search).toHaveFocus();
    await user.type(search, 'sick purr');
    await user.tab();
    await user.keyboard(' ');
    expect(within(dialog).getByRole('radio', { name: /^Sick cats purr too/ })).toBeChecked();
    expect(dialog).toHaveTextContent('These words state: “Sick cats purr too.”');
    await expectNoSeriousAxeViolations(document.body);

    // The way back keeps the wording; then forth again to the chosen claim.
    await user.click(within(dialog).getByRole('radio', { name: 'A new claim, in my words' }));
    expect(within(dialog).getByLabelText('The claim, in one sentence')).toHaveValue(
      'Dogs need walking',
    );
    await user.click(existing);
    expect(dialog).toHaveTextContent('These words state: “Sick cats purr too.”');
    await user.click(within(dialog).getByRole('button', { name: 'Suggest the claim' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Suggested — waiting for a moderator.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    const mine = await screen.findByRole('region', { name: 'Your suggestions' });
    expect(mine).toHaveTextContent(
      '“Dogs need walking” — states “Sick cats purr too.”: Suggested — waiting for a moderator',
    );
    expect(within(map).getAllByRole('listitem')).toHaveLength(before);
  });

  it('lists words edited out of a comment on their claim, instead of highlighting them', async () => {
    const { user, name, map } = await open();
    const mine = await postOwnComment(user, name, 'Cats ignore commands. Dogs obey them.');
    selectWords(mine, 'Dogs obey them');
    await user.click(await screen.findByRole('button', { name: 'This is a claim' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark the claim' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(within(mine).getByRole('button', { name: /^Edit comment/ }));
    const field = within(mine).getByLabelText(/^Edit comment/);
    await user.clear(field);
    await user.type(field, 'Cats ignore commands. Parrots talk back.');
    await user.click(within(mine).getByRole('button', { name: 'Save edit' }));
    await waitFor(() =>
      expect(within(mine).queryByRole('button', { name: /^“Dogs obey/ })).toBeNull(),
    );
    const claim = within(map).getByRole('button', { name: /^Dogs obey them/ });
    await user.click(claim);
    expect(
      within(map).getByText('Words no longer in the comment:').parentElement,
    ).toHaveTextContent('“Dogs obey them”');
  });
});

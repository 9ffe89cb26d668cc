// "Reply to this claim" against the real API over the seed debate: the composer quotes the
// claim, says where the reply goes, suggests the claim from the first sentence, and on sending
// the new claim appears in the map, selected, with its words marked in the new comment.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signOutAfterEach, signUpThroughHeader } from '../../../test/accounts';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';

setupMockApi([seedDebate]);
signOutAfterEach();

const MIDDLE = '/debates/social-productivity?claim=middle-classes';
const MIDDLE_TEXT = /^The middle classes have the capacity/;

async function openComposer() {
  const rendered = renderApp({ path: MIDDLE });
  await screen.findByRole('article', { name: /Social Productivity/ });
  const name = await signUpThroughHeader(rendered.user);
  const map = screen.getByRole('region', { name: 'Argument map' });
  await rendered.user.click(within(map).getByRole('button', { name: 'Reply to this claim' }));
  const dialog = screen.getByRole('dialog', { name: 'Reply to a claim' });
  return { ...rendered, name, dialog, map };
}

describe('replying to a claim', { timeout: 20_000 }, () => {
  it('asks a reader without an account to sign in first', async () => {
    const { user } = renderApp({ path: MIDDLE });
    await screen.findByRole('article', { name: /Social Productivity/ });
    const map = screen.getByRole('region', { name: 'Argument map' });
    await user.click(within(map).getByRole('button', { name: 'Sign in to reply' }));
    expect(screen.getByRole('dialog', { name: 'Sign in' })).toHaveTextContent(
      'Sign in to reply to this claim.',
    );
  });

  it('opens from the outline by keyboard: Shift+Enter on a claim', async () => {
    const { user } = renderApp({ path: '/debates/social-productivity' });
    await screen.findByRole('article', { name: /Social Productivity/ });
    await signUpThroughHeader(user);
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    const tree = screen.getByRole('tree', { name: 'Argument outline' });
    within(tree)
      .getByRole('treeitem', { name: /^Advocates of the Big Society/ })
      .focus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const dialog = screen.getByRole('dialog', { name: 'Reply to a claim' });
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(
      /^Advocates of the Big Society/,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus goes back to the claim it came from.
    expect(
      within(tree).getByRole('treeitem', { name: /^Advocates of the Big Society/ }),
    ).toHaveFocus();
  });

  it('quotes the claim, says where the reply goes, and is axe-clean', async () => {
    const { dialog } = await openComposer();
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(MIDDLE_TEXT);
    expect(dialog).toHaveTextContent(
      'Your reply will go under the post, where this claim is said.',
    );
    expect(within(dialog).getByLabelText('Your reply')).toHaveFocus();
    await expectNoSeriousAxeViolations(document.body);
  });

  it('refuses to send without a stance or a reply, saying so at each field', async () => {
    const { user, dialog } = await openComposer();
    await user.click(within(dialog).getByRole('button', { name: 'Send reply' }));
    expect(within(dialog).getByLabelText('Your reply')).toHaveAccessibleDescription(
      /Write something before sending/,
    );
    expect(within(dialog).getByRole('group', { name: 'Your reply…' })).toHaveAccessibleDescription(
      'Choose whether your reply supports, attacks or asks about the claim.',
    );
    expect(within(dialog).getByLabelText('Your reply')).toHaveFocus();
  });

  it('attacks the claim: the wording follows the first sentence until edited, and the new claim is selected in the map', async () => {
    const { user, dialog, map, name } = await openComposer();
    await user.click(within(dialog).getByRole('radio', { name: 'Attacks it' }));
    const body = within(dialog).getByLabelText('Your reply');
    await user.type(body, 'Most middle-class parents work *long* hours. Time is the scarce thing.');
    const claim = within(dialog).getByLabelText('Claim');
    expect(claim).toHaveValue('Most middle-class parents work long hours.');
    await user.type(claim, '{End}{Backspace} and have no time.');
    await user.type(body, ' More words.');
    // Edited by the reader: the wording no longer follows the reply.
    expect(claim).toHaveValue('Most middle-class parents work long hours and have no time.');

    await user.click(within(dialog).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const created = within(map).getByRole('button', {
      name: /^Most middle-class parents work long hours and have no time/,
    });
    expect(created).toHaveAttribute('aria-pressed', 'true');
    expect(created).toHaveAccessibleName(/attacks “The middle classes have the capacity/);

    const mine = await screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
    expect(within(mine).getByText('Attacks:')).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: MIDDLE_TEXT })).toBeInTheDocument();
    // The new claim's words are marked in the new comment (its first sentence, by default; the
    // emphasis cuts the marked words into three marks).
    const words = within(mine).getByRole('button', {
      name: /^“Most middle-class parents work”, states the claim: Most middle-class parents work long hours and have no time/,
    });
    expect(words).toHaveAttribute('aria-pressed', 'true');
  });

  it('links to an existing claim found by search, with refused ones disabled and why', async () => {
    const { user, dialog, map, name } = await openComposer();
    await user.click(within(dialog).getByRole('radio', { name: 'Supports it' }));
    await user.type(
      within(dialog).getByLabelText('Your reply'),
      'As the post says, Reed contradicts himself.',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Link to an existing claim' }));
    await user.type(within(dialog).getByLabelText('Find the claim'), 'middle classes capacity');
    // The target itself is listed but cannot support itself.
    const self = within(dialog).getByRole('radio', { name: MIDDLE_TEXT });
    expect(self).toBeDisabled();
    expect(self).toHaveAccessibleDescription('A claim cannot support or attack itself.');

    await user.clear(within(dialog).getByLabelText('Find the claim'));
    await user.type(within(dialog).getByLabelText('Find the claim'), 'reed contradicts');
    await user.click(within(dialog).getByRole('radio', { name: /^Reed contradicts himself/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const reed = within(map).getByRole('button', { name: /^Reed contradicts himself/ });
    expect(reed).toHaveAttribute('aria-pressed', 'true');
    const mine = await screen.findByRole('article', { name: new RegExp(`by ${name}$`) });
    expect(within(mine).getByText('Supports:')).toBeInTheDocument();
    // The existing claim is now also said in the new comment.
    expect(
      within(within(mine).getByRole('list', { name: 'Claims stated here' })).getByRole('button', {
        name: /^Claim: Reed contradicts himself/,
      }),
    ).toBeInTheDocument();
  });
});

// The outline through the real app and API (MSW over the Hono app), as a keyboard or screen
// reader user meets it: the seed debate's tree, its names, the APG keys, and selection shared
// with the post and the map.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../../test/render-app';
import { seedDebate } from '../../seed/seed-debate';

setupMockApi([seedDebate]);

const DEBATE_PATH = '/debates/social-productivity';
const MIDDLE = /^The middle classes have the capacity/;
const REED = /^Reed contradicts himself/;

async function openOutline(path = DEBATE_PATH) {
  const app = renderApp({ path });
  const views = await screen.findByRole('tablist', { name: 'Show the argument as' });
  await app.user.click(within(views).getByRole('tab', { name: 'Outline' }));
  const tree = screen.getByRole('tree', { name: 'Argument outline' });
  return { ...app, tree };
}

const item = (tree: HTMLElement, name: RegExp) => within(tree).getByRole('treeitem', { name });
/** The row's ▸/▾: a mouse-only shortcut for Left/Right. */
function toggleOf(treeitem: HTMLElement): Element {
  const toggle = treeitem.querySelector('[data-toggle]');
  if (!toggle) throw new Error('no toggle on this row');
  return toggle;
}

const post = () => screen.getByRole('article', { name: /Social Productivity/ });

describe('the outline', () => {
  it('has one treeitem per claim, named by its words, relation, status and counts', async () => {
    const { tree } = await openOutline();
    const items = within(tree).getAllByRole('treeitem');
    expect(items).toHaveLength(seedDebate.claims.length);
    for (const claim of seedDebate.claims) {
      const startsWithText = (name: string) => name.startsWith(claim.text);
      const named = within(tree).getAllByRole('treeitem', { name: startsWithText });
      expect(named, claim.id).toHaveLength(1);
    }

    const thesis = item(tree, /^Efforts to involve residents in public services risk/);
    expect(thesis).toHaveAccessibleName(
      'Efforts to involve residents in public services risk a model even more patronising and paternalistic than the old one. Main claim. Stands: both rebuttals have been answered. 2 supports, 2 attacks',
    );
    expect(thesis).toHaveAttribute('aria-level', '1');
    expect(thesis).toHaveAttribute('aria-posinset', '1');
    expect(thesis).toHaveAttribute('aria-setsize', '2');
    expect(thesis).toHaveAttribute('aria-expanded', 'true');

    const brixton = item(tree, /^Residents of Brixton/);
    expect(brixton).toHaveAccessibleName(/Supports: The council should hand the state’s/);
    expect(brixton).toHaveAccessibleName(/Rebutted by: “Reed contradicts himself/);
    expect(brixton).toHaveAttribute('aria-level', '4');

    const reed = item(tree, REED);
    expect(reed).toHaveAccessibleName(/Attacks: Citizen-led public services/);
    expect(reed).toHaveAccessibleName(
      /Also under: “Residents of Brixton’s estates .*” \(attacks\)/,
    );
    expect(reed).toHaveAccessibleName(/Stands: nobody has rebutted it\. 3 supports, 0 attacks\. /);

    // A leaf says nothing about expansion; its level, position and set size give the structure.
    const middle = item(tree, MIDDLE);
    expect(middle).not.toHaveAttribute('aria-expanded');
    expect(middle).toHaveAttribute('aria-level', '4');
    expect(middle).toHaveAttribute('aria-posinset', '1');
    expect(middle).toHaveAttribute('aria-setsize', '3');
  });

  it('is axe-clean', async () => {
    const { container } = await openOutline(`${DEBATE_PATH}?claim=brixton`);
    await expectNoSeriousAxeViolations(container);
  });

  it('moves with the APG tree keys, one tab stop, and type-ahead', async () => {
    const { user, tree } = await openOutline();
    const thesis = item(tree, /^Efforts to involve residents/);
    await user.tab();
    expect(thesis).toHaveFocus();
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .filter((i) => i.tabIndex === 0),
    ).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    expect(item(tree, /^Advocates of the Big Society/)).toHaveFocus();
    // Right on an open item steps to its first child; Left on a leaf steps to the parent.
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(item(tree, /^Advocates of the Big Society/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(thesis).toHaveFocus();
    expect(thesis.tabIndex).toBe(0);

    await user.keyboard('{End}');
    expect(item(tree, /^Getting it wrong will make/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(thesis).toHaveFocus();

    // Type-ahead: letters typed together find the next claim starting with them...
    await user.keyboard('ree');
    expect(item(tree, REED)).toHaveFocus();
    // ...and the same letter again steps through the claims starting with it.
    await user.keyboard('{Home}rr');
    expect(item(tree, /^Residents of Brixton/)).toHaveFocus();
    await user.keyboard('r');
    expect(item(tree, REED)).toHaveFocus();
  });

  it('folds and opens with Left and Right, and * opens every sibling', async () => {
    const { user, tree } = await openOutline();
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    const thesis = item(tree, /^Efforts to involve residents/);
    expect(thesis).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree).queryByRole('treeitem', { name: MIDDLE })).toBeNull();

    await user.keyboard('{ArrowRight}');
    expect(thesis).toHaveAttribute('aria-expanded', 'true');
    expect(thesis).toHaveFocus();
    expect(item(tree, MIDDLE)).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}{ArrowDown}{ArrowLeft}');
    const retreat = item(tree, /^The Big Society requires the state/);
    expect(retreat).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('*');
    expect(thesis).toHaveAttribute('aria-expanded', 'true');
    expect(retreat).toHaveAttribute('aria-expanded', 'true');
  });

  it('selects with Enter: the post marks the claim’s words, the map presses it', async () => {
    const { user, tree } = await openOutline();
    item(tree, MIDDLE).focus();
    await user.keyboard('{Enter}');
    expect(item(tree, MIDDLE)).toHaveAttribute('aria-selected', 'true');
    const words = within(post()).getByRole('button', { name: /^“the middle classes/ });
    expect(words).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?claim=middle-classes');

    await user.keyboard('{Escape}');
    expect(item(tree, MIDDLE)).toHaveAttribute('aria-selected', 'false');
    expect(words).toHaveAttribute('aria-pressed', 'false');
  });

  it('follows a selection made in the post, opening its folded ancestors', async () => {
    const { user, tree } = await openOutline();
    await user.click(toggleOf(item(tree, REED)));
    await user.click(toggleOf(item(tree, /^Citizen-led public services/)));
    expect(within(tree).queryByRole('treeitem', { name: MIDDLE })).toBeNull();

    await user.click(within(post()).getByRole('button', { name: /^“the middle classes/ }));
    const middle = item(tree, MIDDLE);
    expect(middle).toHaveAttribute('aria-selected', 'true');
    expect(middle.tabIndex).toBe(0);
    expect(item(tree, REED)).toHaveAttribute('aria-expanded', 'true');
    expect(item(tree, /^Citizen-led public services/)).toHaveAttribute('aria-expanded', 'true');
  });

  it('selects a claim by a click on its row', async () => {
    const { user, tree } = await openOutline();
    await user.click(within(item(tree, /^The Arab Spring shows/)).getByText(/^The Arab Spring/));
    expect(item(tree, /^The Arab Spring shows/)).toHaveAttribute('aria-selected', 'true');
    expect(
      within(post()).getByRole('button', { name: /^“Tell that to the participants/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});

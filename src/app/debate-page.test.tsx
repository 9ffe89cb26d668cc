import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, renderApp, setupMockApi } from '../../test/render-app';
import { seedDebate } from '../seed/seed-debate';

setupMockApi([seedDebate]);

const TITLE = 'Social Productivity: Big Society 2.0 or same BS?';
const DEBATE_PATH = '/debates/social-productivity';

async function findPost() {
  return screen.findByRole('article', { name: TITLE });
}

describe('the debate page', () => {
  it('shows the post, both comments and the map', async () => {
    renderApp({ path: DEBATE_PATH });
    expect(screen.getByRole('status')).toHaveTextContent(/loading the debate/i);

    const post = await findPost();
    expect(within(post).getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(within(post).getByText('Author not named')).toBeInTheDocument();
    expect(within(post).getByText(/nursing a hangover/)).toBeInTheDocument();

    const thread = screen.getByRole('region', { name: '2 comments' });
    const comments = within(thread).getAllByRole('article');
    expect(comments.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Comment 1 by Unnamed commenter',
      'Comment 2 by Unnamed commenter',
    ]);
    expect(within(comments[1] as HTMLElement).getByText(/Strong coffee/)).toBeInTheDocument();

    const map = screen.getByRole('region', { name: 'Argument map' });
    const claims = within(within(map).getByRole('list', { name: 'Claims' })).getAllByRole(
      'listitem',
    );
    expect(claims).toHaveLength(seedDebate.claims.length);
    expect(document.title).toBe(`${TITLE} · Crux`);
  });

  it('renders user text as text, never as HTML', async () => {
    renderApp({ path: DEBATE_PATH });
    const post = await findPost();
    // The seed's typographic quotes and non-breaking spaces arrive verbatim in text nodes.
    expect(post.textContent).toContain('‘have the capacity to participate if they choose to’');
    expect(post.querySelector('script, iframe, img')).toBeNull();
  });

  it('shows a clear error for an unknown debate, with a way back', async () => {
    renderApp({ path: '/debates/no-such-debate' });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Could not open this debate' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(/no-such-debate/);
    expect(within(alert).getByRole('link', { name: 'See all debates' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('says when an address matches no page', async () => {
    renderApp({ path: '/nowhere/at/all' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('selects the claim named in ?claim= on load, and keeps it in the address', async () => {
    renderApp({ path: `${DEBATE_PATH}?claim=middle-classes` });
    const map = await screen.findByRole('region', { name: 'Argument map' });
    const node = within(map).getByRole('button', { name: /^The middle classes have/ });
    expect(node).toHaveAttribute('aria-pressed', 'true');
    const post = await findPost();
    const words = within(post).getByRole('button', { name: /^“the middle classes/ });
    expect(words).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?claim=middle-classes');
  });

  it('writes the selected claim into the address, so a reload keeps it', async () => {
    const { user } = renderApp({ path: DEBATE_PATH });
    const map = await screen.findByRole('region', { name: 'Argument map' });
    await user.click(within(map).getByRole('button', { name: /^Residents of Brixton/ }));
    expect(window.location.pathname + window.location.search).toBe(`${DEBATE_PATH}?claim=brixton`);
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(window.location.search).toBe('');
  });

  it('says so when the linked claim is not in the debate', async () => {
    renderApp({ path: `${DEBATE_PATH}?claim=not-a-claim` });
    await findPost();
    expect(screen.getByText('The linked claim “not-a-claim” is not in this debate.')).toBeVisible();
  });

  it('is axe-clean with a claim selected', async () => {
    const { container } = renderApp({ path: `${DEBATE_PATH}?claim=reed-contradiction` });
    await findPost();
    await expectNoSeriousAxeViolations(container);
  });
});

describe('the debate page below 800 px', () => {
  it('shows Thread and Map as tabs, one pane at a time', async () => {
    const { user } = renderApp({ path: DEBATE_PATH, screen: 'narrow' });
    await findPost();
    const tablist = screen.getByRole('tablist', { name: 'Show' });
    const threadTab = within(tablist).getByRole('tab', { name: 'Thread' });
    const mapTab = within(tablist).getByRole('tab', { name: 'Map' });
    expect(threadTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Thread' })).toBeVisible();
    // The map pane's own "Diagram | Outline" switch is hidden with the pane.
    expect(screen.queryByRole('tablist', { name: 'Show the argument as' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Argument map' })).toBeNull();

    await user.click(mapTab);
    expect(mapTab).toHaveAttribute('aria-selected', 'true');
    // Follow the tab to its panel, as assistive technology does (the map pane holds a second,
    // inner "Diagram" panel of its own).
    const mapPanel = document.getElementById(mapTab.getAttribute('aria-controls') ?? '');
    expect(mapPanel).toHaveAttribute('role', 'tabpanel');
    expect(mapPanel).toBeVisible();
    expect(screen.queryByRole('article', { name: TITLE })).toBeNull();

    // Arrow keys move between tabs, as the ARIA tabs pattern has it.
    await user.keyboard('{ArrowLeft}');
    expect(threadTab).toHaveFocus();
    expect(threadTab).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps selection working from the thread, and shows it in the map', async () => {
    const { user } = renderApp({ path: DEBATE_PATH, screen: 'narrow' });
    const post = await findPost();
    await user.click(within(post).getByRole('button', { name: /^“the middle classes/ }));
    await user.click(screen.getByRole('button', { name: 'Show in map' }));
    const panes = screen.getByRole('tablist', { name: 'Show' });
    expect(within(panes).getByRole('tab', { name: 'Map' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const map = screen.getByRole('region', { name: 'Argument map' });
    expect(within(map).getByRole('button', { name: /^The middle classes have/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('offers the same Diagram | Outline switch in the Map tab, with no second tab named Map', async () => {
    const { user } = renderApp({ path: DEBATE_PATH, screen: 'narrow' });
    await findPost();
    await user.click(
      within(screen.getByRole('tablist', { name: 'Show' })).getByRole('tab', { name: 'Map' }),
    );
    const views = screen.getByRole('tablist', { name: 'Show the argument as' });
    expect(within(views).getByRole('tab', { name: 'Diagram' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getAllByRole('tab', { name: 'Map' })).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Argument map' })).toBeVisible();

    // Arrow keys move between the two views, as between the pane tabs.
    within(views).getByRole('tab', { name: 'Diagram' }).focus();
    await user.keyboard('{ArrowRight}');
    const outlineTab = within(views).getByRole('tab', { name: 'Outline' });
    expect(outlineTab).toHaveFocus();
    expect(outlineTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('region', { name: 'Argument map' })).toBeNull();
    // The outline's code is fetched the first time it is chosen.
    const tree = await screen.findByRole('tree', { name: 'Argument outline' });
    await user.click(within(tree).getByText(/^Residents of Brixton/));
    await user.click(screen.getByRole('button', { name: 'Show in thread' }));
    const words = within(await findPost()).getByRole('button', {
      name: /^“Those living on the brutalised estates/,
    });
    expect(words).toHaveAttribute('aria-pressed', 'true');
  });

  it('is axe-clean', async () => {
    const { container } = renderApp({ path: DEBATE_PATH, screen: 'narrow' });
    await findPost();
    await expectNoSeriousAxeViolations(container);
  });
});

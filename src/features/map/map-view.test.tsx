import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, setupMockApi } from '../../../test/render-app';
import type { Debate } from '../../domain/model';
import { seedDebate } from '../../seed/seed-debate';
import { ViewStoreProvider } from '../../state/view-store-provider';
import { smallDebate } from '../../test-fixtures/small-debate';
import { MapView } from './map-view';

setupMockApi([seedDebate]);

async function openMap() {
  const rendered = renderApp({ path: '/debates/social-productivity' });
  const map = await screen.findByRole('region', { name: 'Argument map' });
  return { ...rendered, map };
}

describe('the argument map', () => {
  it('marks the selected claim’s words in the post', async () => {
    const { user, map } = await openMap();
    const post = screen.getByRole('article', { name: /social productivity/i });
    const words = within(post).getByRole('button', { name: /^“the middle classes/ });
    expect(words).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(map).getByRole('button', { name: /^The middle classes have/ }));
    expect(words).toHaveAttribute('aria-pressed', 'true');
    expect(words).toHaveTextContent('the middle classes ‘have the capacity to participate');
    // Only that claim's words are marked as selected.
    const pressed = within(post)
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed).toEqual([words]);
  });

  it('names each claim with its relation to its parent, and selects with Enter', async () => {
    const { user, map } = await openMap();
    const node = within(map).getByRole('button', {
      name: /^The middle classes have .* \(supports “Reed contradicts himself/,
    });
    expect(
      within(map).getByRole('button', {
        name: /^Efforts to involve residents .* \(one of the main claims\)$/,
      }),
    ).toBeInTheDocument();
    node.focus();
    await user.keyboard('{Enter}');
    expect(node).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(node).toHaveAttribute('aria-pressed', 'false');
  });

  it('draws supports and attacks distinctly and explains them in a legend', async () => {
    const { map } = await openMap();
    const legend = within(map).getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText('Supports')).toBeInTheDocument();
    expect(within(legend).getByText('Attacks')).toBeInTheDocument();

    const edges = map.querySelectorAll('svg.map-edges g.map-edge');
    const attacks = map.querySelectorAll('svg.map-edges g.map-edge--attacks');
    const supports = map.querySelectorAll('svg.map-edges g.map-edge--supports');
    expect(attacks.length).toBeGreaterThan(0);
    expect(supports.length).toBeGreaterThan(0);
    expect(attacks.length + supports.length).toBe(edges.length);
    for (const edge of attacks) expect(edge.textContent).toBe('−');
    for (const edge of supports) expect(edge.textContent).toBe('+');
  });

  it('shows a claim’s other parents as buttons that select them', async () => {
    const { user, map } = await openMap();
    const card = within(map)
      .getByRole('button', { name: /^Reed contradicts himself/ })
      .closest('li') as HTMLElement;
    const other = within(card).getByRole('button', { name: /^Also attacks: / });
    await user.click(other);
    const selected = within(map)
      .getAllByRole('button', { pressed: true })
      .map((b) => b.getAttribute('aria-label'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatch(/^(Citizen-led public services|Residents of Brixton)/);
  });

  it('zooms with buttons and fits back to the width', async () => {
    const { user, map } = await openMap();
    const zoom = within(map).getByRole('group', { name: 'Zoom' });
    expect(within(zoom).getByRole('status')).toHaveTextContent('100%');
    await user.click(within(zoom).getByRole('button', { name: 'Zoom in' }));
    expect(within(zoom).getByRole('status')).toHaveTextContent('125%');
    await user.click(within(zoom).getByRole('button', { name: 'Zoom out' }));
    await user.click(within(zoom).getByRole('button', { name: 'Zoom out' }));
    expect(within(zoom).getByRole('status')).toHaveTextContent('80%');
  });
});

describe('the argument map with anchors whose words are gone', () => {
  it('keeps the claims and says their words were not found', () => {
    // The API refuses such debates, so this renders the map directly with edited data: the
    // case where the post was edited after the claims were anchored.
    const edited: Debate = {
      ...smallDebate,
      post: { ...smallDebate.post, paragraphs: ['Cats are fine.', 'Dogs need walking.'] },
    };
    render(
      <ViewStoreProvider>
        <MapView debate={edited} />
      </ViewStoreProvider>,
    );
    const card = (name: RegExp) =>
      screen.getByRole('button', { name }).closest('li') as HTMLElement;
    expect(within(card(/^Cats make the best pets/)).getByText('Words not found')).toBeVisible();
    expect(within(card(/^Cats purr when/)).getByText('Words not found')).toBeVisible();
    expect(within(card(/^Sick cats purr too/)).queryByText('Words not found')).toBeNull();
  });
});

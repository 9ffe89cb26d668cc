// The map as a reader meets it, rendered with the seed debate: the map takes only the debate's
// claims and relations, so it is rendered directly inside the real view store and an empty
// query cache (the anchor index reads loaded comments from it), with no API.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from '../../../test/render-app';
import type { Debate } from '../../domain/model';
import { seedDebate } from '../../seed/seed-debate';
import { ViewStoreProvider } from '../../state/view-store-provider';
import { smallDebate } from '../../test-fixtures/small-debate';
import { MapView } from './map-view';

function openMap(debate: Debate = seedDebate, selected: string | null = null) {
  const user = userEvent.setup();
  const rendered = render(
    <QueryClientProvider client={new QueryClient()}>
      <ViewStoreProvider initialState={{ selectedClaimId: selected }}>
        <MapView debate={debate} />
      </ViewStoreProvider>
    </QueryClientProvider>,
  );
  const map = screen.getByRole('region', { name: 'Argument map' });
  const card = (name: RegExp) => within(map).getByRole('button', { name });
  const cards = () => [...map.querySelectorAll<HTMLElement>('.map-node')];
  return { ...rendered, user, map, card, cards };
}

const THESIS = /^Efforts to involve residents in public services/;
const REED = /^Reed contradicts himself/;

describe('the argument map', () => {
  it('names each claim with its text, its relation to its parent and whether it stands', () => {
    const { card } = openMap();
    expect(card(THESIS)).toHaveAccessibleName(
      /\(one of the main claims; Stands, 2 supports, 2 attacks\)$/,
    );
    const brixton = card(/^Residents of Brixton/);
    expect(brixton).toHaveAccessibleName(
      /supports “The council should hand.*; Rebutted, 0 supports, 1 attack\)$/,
    );
    // The plain-words reason is the description (and the tooltip).
    expect(brixton).toHaveAccessibleDescription(/^Rebutted by: “Reed contradicts himself/);
    expect(card(/^Co-production and participative/).closest('li')).toHaveTextContent('✗ Rebutted');
  });

  it('explains the selected claim’s status in words under the toolbar', async () => {
    const { user, card, map } = openMap();
    await user.click(card(/^Citizen-led public services/));
    expect(within(map).getByText(/^Rebutted by: “Reed contradicts himself/)).toBeVisible();
    expect(within(map).getByText('(1 support, 1 attack)')).toBeVisible();
  });

  it('moves by arrow keys along the tree with one card in the tab order; Enter selects, Escape clears', async () => {
    const { user, card, map } = openMap();
    const tabbable = () => map.querySelectorAll('.map-node__main[tabindex="0"]');
    expect(tabbable()).toHaveLength(1);
    // The toolbar comes first in tab order; the one tabbable card is where reading starts.
    (tabbable()[0] as HTMLElement).focus();
    expect(card(THESIS)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(card(/^Advocates of the Big Society/)).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(card(/^Citizen-led public services/)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(card(REED)).toHaveFocus();
    expect(tabbable()).toHaveLength(1);
    await user.keyboard('{ArrowUp}');
    expect(card(/^Citizen-led public services/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(card(/^Citizen-led public services/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(card(/^Citizen-led public services/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('collapses a branch, saying how many claims it hides, and expands it again', async () => {
    const { user, map, cards } = openMap();
    const before = cards().length;
    await user.click(
      within(map).getByRole('button', { name: /^Collapse: Reed contradicts himself/ }),
    );
    expect(within(map).queryByRole('button', { name: /^The middle classes have/ })).toBeNull();
    expect(cards()).toHaveLength(before - 5);
    const expand = within(map).getByRole('button', { name: /^Expand \(5 hidden\): Reed/ });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(
      within(map).getByRole('button', { name: /^The middle classes have/ }),
    ).toBeInTheDocument();
  });

  it('searches claims by words, steps through matches and selects the current one', async () => {
    const { user, map, card } = openMap();
    const box = within(map).getByRole('searchbox', { name: 'Search claims' });
    await user.type(box, 'STATE');
    const summary = map.querySelector('#map-search-summary');
    expect(summary).toHaveTextContent(/^\d+ matches$/);
    const count = Number(/^(\d+)/.exec(summary?.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(2);
    expect(map.querySelectorAll('.map-node[data-match]')).toHaveLength(count);
    await user.keyboard('{Enter}');
    expect(summary).toHaveTextContent(`1 of ${count}`);
    const first = map.querySelector('.map-node[data-match="current"] .map-node__main');
    expect(first).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Enter}');
    expect(summary).toHaveTextContent(`2 of ${count}`);
    await user.keyboard('{Shift>}{Enter}{/Shift}{Shift>}{Enter}{/Shift}');
    expect(summary).toHaveTextContent(`${count} of ${count}`);
    await user.clear(box);
    await user.type(box, 'no such words anywhere');
    expect(summary).toHaveTextContent('No matches');
    expect(card(THESIS).closest('li')).not.toHaveAttribute('data-match');
  });

  it('opens folded branches to reach a search match', async () => {
    const { user, map } = openMap();
    await user.click(
      within(map).getByRole('button', { name: /^Collapse: Reed contradicts himself/ }),
    );
    expect(within(map).queryByRole('button', { name: /^The middle classes have/ })).toBeNull();
    await user.type(
      within(map).getByRole('searchbox', { name: 'Search claims' }),
      'middle classes capacity',
    );
    await user.keyboard('{Enter}');
    expect(within(map).getByRole('button', { name: /^The middle classes have/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      within(map).getByRole('button', { name: /^Collapse: Reed contradicts himself/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('lets the reader fold the branch that holds the selected claim, and keeps it folded', async () => {
    const { user, map, card } = openMap();
    await user.click(card(/^The middle classes have/));
    const collapse = within(map).getByRole('button', {
      name: /^Collapse: Reed contradicts himself/,
    });
    await user.click(collapse);
    // Unfolding to a selection happens when it is selected, not again on every later fold.
    expect(within(map).queryByRole('button', { name: /^The middle classes have/ })).toBeNull();
    expect(
      within(map).getByRole('button', { name: /^Expand \(\d+ hidden\): Reed contradicts himself/ }),
    ).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters by relation: showing only supports hides every attack and what hangs from it', async () => {
    const { user, map, cards } = openMap();
    expect(map.querySelectorAll('.map-node--attacks').length).toBeGreaterThan(0);
    await user.click(within(map).getByRole('radio', { name: 'Supports' }));
    expect(map.querySelectorAll('.map-node--attacks')).toHaveLength(0);
    expect(within(map).queryByRole('button', { name: REED })).toBeNull();
    expect(cards().length).toBeGreaterThan(3);
    await user.click(within(map).getByRole('radio', { name: 'Attacks' }));
    expect(map.querySelectorAll('.map-node--supports')).toHaveLength(0);
    await user.click(within(map).getByRole('radio', { name: 'Both' }));
    expect(cards()).toHaveLength(seedDebate.claims.length);
  });

  it('focuses on a claim: its line and branch stay bright, the rest dims, and ✕ leaves', async () => {
    const { user, map, card, cards } = openMap();
    await user.click(card(REED));
    await user.click(within(map).getByRole('button', { name: 'Focus on this claim' }));
    expect(within(map).getByText(/^Focus: Reed contradicts himself/)).toBeVisible();
    const bright = cards()
      .filter((c) => c.dataset.dimmed !== 'true')
      .map((c) => c.dataset.claimId)
      .sort();
    expect(bright).toEqual(
      [
        'arab-spring',
        'citizen-led',
        'middle-classes',
        'reed-contradiction',
        'rest-lack-ability',
        'thesis',
        'utopian',
        'very-excluded',
      ].sort(),
    );
    await user.click(within(map).getByRole('button', { name: 'Leave focus mode' }));
    expect(map.querySelectorAll('.map-node[data-dimmed]')).toHaveLength(0);
    // F on the keyboard's card does the same; Escape leaves.
    card(REED).focus();
    await user.keyboard('f');
    expect(map.querySelectorAll('.map-node[data-dimmed]').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(map.querySelectorAll('.map-node[data-dimmed]')).toHaveLength(0);
  });

  it('lists the shortcuts behind ?, keeps focus inside the dialog, and Escape closes it', async () => {
    const { user, card } = openMap();
    card(THESIS).focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Map shortcuts' });
    expect(within(dialog).getByText('Fit the whole map')).toBeVisible();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(card(THESIS)).toHaveFocus();
  });

  it('shows a claim’s other parents as buttons that select them', async () => {
    const { user, card } = openMap();
    const reed = card(REED).closest('li') as HTMLElement;
    await user.click(
      within(reed).getByRole('button', { name: /Also attacks: Residents of Brixton/ }),
    );
    expect(card(/^Residents of Brixton/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('zooms with buttons and keys', async () => {
    const { user, map, card } = openMap();
    const zoom = within(map).getByRole('group', { name: 'Zoom' });
    const level = within(zoom).getByRole('status');
    const start = Number.parseInt(level.textContent ?? '', 10);
    await user.click(within(zoom).getByRole('button', { name: 'Zoom in' }));
    expect(level).toHaveTextContent(`${Math.round(start * 1.25)}%`);
    card(THESIS).focus();
    await user.keyboard('--');
    expect(level).toHaveTextContent(`${Math.round(start / 1.25)}%`);
  });

  it('exports the whole map as an SVG file holding every claim’s words', async () => {
    const saved: Blob[] = [];
    // jsdom has no blob URLs; record what would be downloaded instead.
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    const { user, map } = openMap();
    await user.click(within(map).getByRole('button', { name: 'Export' }));
    await user.click(within(map).getByRole('button', { name: 'SVG — the whole map' }));
    // The SVG writer is fetched on first use, so the file follows the click by a moment.
    await expect.poll(() => saved.length).toBe(1);
    const blob = saved[0] as Blob;
    expect(blob.type).toMatch(/^image\/svg\+xml/);
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('style')?.textContent).toContain('stroke-dasharray');
    const words = [...doc.querySelectorAll('text.claim')]
      .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '))
      .join('\n');
    for (const claim of seedDebate.claims) expect(words).toContain(claim.text.slice(0, 24));
    expect(doc.querySelectorAll('path.edge--attacks').length).toBeGreaterThan(0);
  });

  it('is axe-clean, with a claim selected and search open', async () => {
    const { container, user, map } = openMap(seedDebate, 'reed-contradiction');
    await user.type(within(map).getByRole('searchbox', { name: 'Search claims' }), 'state');
    await expectNoSeriousAxeViolations(container);
  });
});

describe('the argument map with anchors whose words are gone', () => {
  it('keeps the claims and says their words were not found', () => {
    // The API refuses such debates, so this renders the map with edited data: the case where
    // the post was edited after the claims were anchored.
    const edited: Debate = {
      ...smallDebate,
      post: { ...smallDebate.post, paragraphs: ['Cats are fine.', 'Dogs need walking.'] },
    };
    const { card } = openMap(edited);
    const li = (name: RegExp) => card(name).closest('li') as HTMLElement;
    expect(within(li(/^Cats make the best pets/)).getByText('Words not found')).toBeVisible();
    expect(within(li(/^Cats purr when/)).getByText('Words not found')).toBeVisible();
    expect(within(li(/^Sick cats purr too/)).queryByText('Words not found')).toBeNull();
  });
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

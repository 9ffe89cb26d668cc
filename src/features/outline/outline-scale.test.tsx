// The outline at 10,000 claims: it must draw a window of rows, not every claim, and a claim
// selected deep in a folded branch must still get its row (the tab stop) with the branch opened.
// Rendered inside a bare view store: this is about the outline's own drawing, not the page.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Claim, Relation } from '../../domain/model';
import { useCollapsedClaimIds } from '../../state/hooks';
import { ViewStoreProvider } from '../../state/view-store-provider';
import { OutlineView } from './outline-view';

/** 100 top claims under one thesis, each with 99 replies: a shallow, wide tree of 10,000. */
function wideDebate(): { claims: Claim[]; relations: Relation[] } {
  const claims: Claim[] = [{ id: 'thesis', text: 'Thesis' }];
  const relations: Relation[] = [];
  for (let t = 0; t < 100; t++) {
    claims.push({ id: `t${t}`, text: `Top claim ${t}` });
    relations.push({ id: `rt${t}`, from: `t${t}`, to: 'thesis', kind: 'supports' });
    for (let r = 0; r < 99 && claims.length < 10_000; r++) {
      claims.push({ id: `t${t}-r${r}`, text: `Reply ${r} to ${t}` });
      relations.push({
        id: `rt${t}-r${r}`,
        from: `t${t}-r${r}`,
        to: `t${t}`,
        kind: r % 3 === 0 ? 'attacks' : 'supports',
      });
    }
  }
  return { claims, relations };
}

function CollapsedCount() {
  return <output aria-label="collapsed">{useCollapsedClaimIds().size}</output>;
}

describe('the outline of 10,000 claims', () => {
  it('draws a window of rows, not all of them, with the structure still stated', () => {
    const debate = wideDebate();
    expect(debate.claims).toHaveLength(10_000);
    render(
      <ViewStoreProvider>
        <OutlineView debate={debate} />
      </ViewStoreProvider>,
    );
    const tree = screen.getByRole('tree', { name: 'Argument outline' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.length).toBeGreaterThan(10);
    expect(items.length).toBeLessThanOrEqual(60);
    const top = within(tree).getByRole('treeitem', { name: /^Top claim 0\./ });
    expect(top).toHaveAttribute('aria-level', '2');
    expect(top).toHaveAttribute('aria-setsize', '100');
  });

  it('draws and opens the way to a claim selected deep in folded branches', () => {
    const debate = wideDebate();
    render(
      <ViewStoreProvider
        initialState={{ selectedClaimId: 't87-r50', collapsedClaimIds: new Set(['t87', 'thesis']) }}
      >
        <OutlineView debate={debate} />
        <CollapsedCount />
      </ViewStoreProvider>,
    );
    const tree = screen.getByRole('tree', { name: 'Argument outline' });
    const selected = within(tree).getByRole('treeitem', { name: /^Reply 50 to 87\./ });
    expect(selected).toHaveAttribute('aria-selected', 'true');
    expect(selected).toHaveAttribute('tabindex', '0');
    expect(selected).toHaveAttribute('aria-posinset', '51');
    expect(screen.getByRole('status', { name: 'collapsed' })).toHaveTextContent('0');
    expect(within(tree).getAllByRole('treeitem').length).toBeLessThanOrEqual(61);
  });
});

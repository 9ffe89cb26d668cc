import { describe, expect, it } from 'vitest';
import { createViewStore } from './view-store';

describe('view store: collapsed subtrees', () => {
  it('collapses and expands by id, with a new set on each change and none on a no-op', () => {
    const store = createViewStore();
    const { subtreeCollapsed, subtreeExpanded } = store.getState().actions;
    const before = store.getState().collapsedClaimIds;
    subtreeCollapsed('a');
    const after = store.getState().collapsedClaimIds;
    expect(after).not.toBe(before);
    expect([...after]).toEqual(['a']);
    subtreeCollapsed('a');
    expect(store.getState().collapsedClaimIds).toBe(after);
    subtreeExpanded('a');
    expect([...store.getState().collapsedClaimIds]).toEqual([]);
  });

  it('gives each store its own state', () => {
    const one = createViewStore();
    one.getState().actions.subtreeCollapsed('a');
    expect(createViewStore().getState().collapsedClaimIds.size).toBe(0);
  });
});

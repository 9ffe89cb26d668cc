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

describe('view store: map focus and filter', () => {
  it('enters and leaves focus mode without touching the selection', () => {
    const store = createViewStore({ selectedClaimId: 'x' });
    store.getState().actions.focusModeEntered('a');
    expect(store.getState().mapFocusClaimId).toBe('a');
    expect(store.getState().selectedClaimId).toBe('x');
    store.getState().actions.focusModeLeft();
    expect(store.getState().mapFocusClaimId).toBeNull();
  });

  it('expands several folded branches at once, and nothing when none is folded', () => {
    const store = createViewStore({ collapsedClaimIds: new Set(['a', 'b', 'c']) });
    store.getState().actions.subtreesExpanded(['a', 'c', 'z']);
    expect([...store.getState().collapsedClaimIds]).toEqual(['b']);
    const before = store.getState().collapsedClaimIds;
    store.getState().actions.subtreesExpanded(['z']);
    expect(store.getState().collapsedClaimIds).toBe(before);
  });

  it('chooses which relations the map shows', () => {
    const store = createViewStore();
    expect(store.getState().relationFilter).toBe('both');
    store.getState().actions.relationFilterChosen('attacks');
    expect(store.getState().relationFilter).toBe('attacks');
  });
});

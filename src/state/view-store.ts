// UI state of the reader's view: what is selected, hovered and which pane is showing. Server
// data never lives here (React Query owns it); the store only holds ids that point into it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RelationFilter } from '../domain/map-filter';
import type { AnchorSource, Id } from '../domain/model';

export type Pane = 'thread' | 'map';

/** Words a reader picked to mark as a claim: where, and [start, end) in that source's plain text. */
export interface MarkDraft {
  source: AnchorSource;
  start: number;
  end: number;
}

export interface ViewState {
  /** The claim the reader chose, in the map or by its words; null when none. */
  selectedClaimId: Id | null;
  /** The comment the reader chose; its claims light up in the map. Null when none. */
  selectedCommentId: Id | null;
  /** The claim under the pointer, for a light preview highlight; null when none. */
  hoveredClaimId: Id | null;
  /** Which pane shows on a narrow screen; ignored when both fit side by side. */
  activePane: Pane;
  /**
   * Claims whose subtrees are folded away. Shared by the map and the outline: folding a branch
   * in one folds it in the other, since both show the same tree.
   */
  collapsedClaimIds: ReadonlySet<Id>;
  /**
   * The claim the map is focused on: only its ancestors and descendants stand out. Null when
   * the whole map is shown. Independent of the selection, so reading on does not leave focus.
   */
  mapFocusClaimId: Id | null;
  /** Which relations the map shows: a branch hung from a hidden kind is left out. */
  relationFilter: RelationFilter;
  /** The claim the reader is writing a reply to (the composer is open); null when none. */
  replyClaimId: Id | null;
  /** Words being marked as a claim ("This is a claim" is open); null when none. */
  markDraft: MarkDraft | null;
}

/** Actions are named after what the reader did, not after the fields they set. */
export interface ViewActions {
  claimSelected: (id: Id) => void;
  commentSelected: (id: Id) => void;
  selectionCleared: () => void;
  claimHovered: (id: Id | null) => void;
  paneChosen: (pane: Pane) => void;
  subtreeCollapsed: (id: Id) => void;
  subtreeExpanded: (id: Id) => void;
  /** Several at once, e.g. to reveal a search match inside folded branches. */
  subtreesExpanded: (ids: readonly Id[]) => void;
  focusModeEntered: (id: Id) => void;
  focusModeLeft: () => void;
  relationFilterChosen: (filter: RelationFilter) => void;
  claimReplyStarted: (id: Id) => void;
  claimReplyClosed: () => void;
  claimMarkStarted: (draft: MarkDraft) => void;
  claimMarkClosed: () => void;
}

export interface ViewStoreState extends ViewState {
  /** Kept under one key so `useViewActions` returns one stable object. */
  actions: ViewActions;
}

export type ViewStore = StoreApi<ViewStoreState>;

export const INITIAL_VIEW_STATE: ViewState = {
  selectedClaimId: null,
  selectedCommentId: null,
  hoveredClaimId: null,
  activePane: 'thread',
  collapsedClaimIds: new Set(),
  mapFocusClaimId: null,
  relationFilter: 'both',
  replyClaimId: null,
  markDraft: null,
};

/**
 * One store per provider (the React Flow way), so each rendered app, and each test, starts
 * from its own state instead of sharing a module-level singleton.
 */
export function createViewStore(initial: Partial<ViewState> = {}): ViewStore {
  return createStore<ViewStoreState>()((set) => ({
    ...INITIAL_VIEW_STATE,
    ...initial,
    actions: {
      // A claim and a comment are two different ways in; choosing one drops the other so the
      // map never shows two competing selections.
      claimSelected: (id) => set({ selectedClaimId: id, selectedCommentId: null }),
      commentSelected: (id) => set({ selectedCommentId: id, selectedClaimId: null }),
      selectionCleared: () => set({ selectedClaimId: null, selectedCommentId: null }),
      claimHovered: (id) => set({ hoveredClaimId: id }),
      paneChosen: (pane) => set({ activePane: pane }),
      // A new Set each time, so selectors comparing by identity see the change.
      subtreeCollapsed: (id) =>
        set((state) =>
          state.collapsedClaimIds.has(id)
            ? state
            : { collapsedClaimIds: new Set(state.collapsedClaimIds).add(id) },
        ),
      subtreeExpanded: (id) =>
        set((state) => {
          if (!state.collapsedClaimIds.has(id)) return state;
          const next = new Set(state.collapsedClaimIds);
          next.delete(id);
          return { collapsedClaimIds: next };
        }),
      subtreesExpanded: (ids) =>
        set((state) => {
          if (!ids.some((id) => state.collapsedClaimIds.has(id))) return state;
          const next = new Set(state.collapsedClaimIds);
          for (const id of ids) next.delete(id);
          return { collapsedClaimIds: next };
        }),
      focusModeEntered: (id) => set({ mapFocusClaimId: id }),
      focusModeLeft: () => set({ mapFocusClaimId: null }),
      relationFilterChosen: (filter) => set({ relationFilter: filter }),
      // One composer at a time: opening one closes the other.
      claimReplyStarted: (id) => set({ replyClaimId: id, markDraft: null }),
      claimReplyClosed: () => set({ replyClaimId: null }),
      claimMarkStarted: (draft) => set({ markDraft: draft, replyClaimId: null }),
      claimMarkClosed: () => set({ markDraft: null }),
    },
  }));
}

// Small named selector hooks: each component subscribes to exactly the field it renders.
import { useStore } from 'zustand';
import type { RelationFilter } from '../domain/map-filter';
import type { Id } from '../domain/model';
import type { MarkDraft, Pane, ViewActions, ViewStoreState } from './view-store';
import { useViewStoreApi } from './view-store-provider';

function useViewState<T>(selector: (state: ViewStoreState) => T): T {
  return useStore(useViewStoreApi(), selector);
}

export const useSelectedClaimId = (): Id | null => useViewState((s) => s.selectedClaimId);
export const useSelectedCommentId = (): Id | null => useViewState((s) => s.selectedCommentId);
export const useHoveredClaimId = (): Id | null => useViewState((s) => s.hoveredClaimId);
export const useActivePane = (): Pane => useViewState((s) => s.activePane);
export const useCollapsedClaimIds = (): ReadonlySet<Id> => useViewState((s) => s.collapsedClaimIds);
export const useViewActions = (): ViewActions => useViewState((s) => s.actions);
export const useMapFocusClaimId = (): Id | null => useViewState((s) => s.mapFocusClaimId);
export const useRelationFilter = (): RelationFilter => useViewState((s) => s.relationFilter);
export const useReplyClaimId = (): Id | null => useViewState((s) => s.replyClaimId);
export const useMarkDraft = (): MarkDraft | null => useViewState((s) => s.markDraft);

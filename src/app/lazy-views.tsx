// The debate page's writing, moderating and merging views, each fetched only when it can show
// something: a dialog when it is opened, a signed-in account's controls once someone signs in,
// the outline when chosen. A reader who only reads downloads none of them (the first view's
// JavaScript budget, docs/performance.md § Client). Each gate reads the same state the view
// itself would return null without, so nothing a signed-in or writing reader sees changes.
import type { ReactNode } from 'react';
import { useCurrentUser } from '../api/get-session';
import { useMergeDialogClaimIds } from '../features/merge/merge-store';
import { useSignInDialogOpen } from '../state/account-store-provider';
import { useMarkDraft, useReplyClaimId } from '../state/hooks';
import { LazyBoundary, type LazyView, lazyView } from '../ui/lazy-view';
import { LoadingStatus } from '../ui/status';

const ClaimReplyDialog = lazyView(() =>
  import('../features/composer/claim-reply-dialog').then((m) => m.ClaimReplyDialog),
);
const MarkClaimDialog = lazyView(() =>
  import('../features/composer/mark-claim-dialog').then((m) => m.MarkClaimDialog),
);
const MergeDialog = lazyView(() =>
  import('../features/merge/merge-dialog').then((m) => m.MergeDialog),
);
const SignInDialog = lazyView(() =>
  import('../features/account/sign-in-dialog').then((m) => m.SignInDialog),
);
const MySuggestions = lazyView(() =>
  import('../features/composer/my-suggestions').then((m) => m.MySuggestions),
);
const ModerationPanel = lazyView(() =>
  import('../features/moderation/moderation-panel').then((m) => m.ModerationPanel),
);
const CommentModeration = lazyView(() =>
  import('../features/moderation/comment-moderation').then((m) => m.CommentModeration),
);
const ClaimModeration = lazyView(() =>
  import('../features/moderation/claim-moderation').then((m) => m.ClaimModeration),
);
const ClaimMergeActions = lazyView(() =>
  import('../features/merge/claim-merge-actions').then((m) => m.ClaimMergeActions),
);
const MergeTools = lazyView(() => import('./merge-tools').then((m) => m.MergeTools));
const OutlineView = lazyView(() =>
  import('../features/outline/outline-view').then((m) => m.OutlineView),
);
// Pages and controls a reader of a debate never sees, fetched when their page is opened.
export const UsersPage = lazyView(() =>
  import('../features/admin/users-page').then((m) => m.UsersPage),
);
export const ImportDebateButton = lazyView(() =>
  import('../features/import-export/import-debate-button').then((m) => m.ImportDebateButton),
);

/** Said while a dialog's chunk arrives (a few milliseconds on a good connection). */
const OPENING = <LoadingStatus>Opening…</LoadingStatus>;

/** The view, fetched and drawn only while `useShown` says so. */
function shownWhen<P extends object>(
  View: LazyView<P>,
  useShown: (props: P) => boolean,
  fallback: ReactNode = null,
) {
  return function Gated(props: P) {
    if (!useShown(props)) return null;
    return (
      <LazyBoundary fallback={fallback}>
        <View {...props} />
      </LazyBoundary>
    );
  };
}

const useSignedIn = () => useCurrentUser() !== null;

export const LazyClaimReplyDialog = shownWhen(
  ClaimReplyDialog,
  () => useReplyClaimId() !== null,
  OPENING,
);
export const LazyMarkClaimDialog = shownWhen(
  MarkClaimDialog,
  () => useMarkDraft() !== null,
  OPENING,
);
export const LazyMergeDialog = shownWhen(
  MergeDialog,
  () => useMergeDialogClaimIds() !== null,
  OPENING,
);
export const LazySignInDialog = shownWhen(SignInDialog, useSignInDialogOpen, OPENING);
/** Fetches the outline ahead, when a reader heads for its tab (focus or pointer on the switch). */
export function preloadOutline(): void {
  void OutlineView.preload();
}

export const LazyOutlineView = shownWhen(
  OutlineView,
  () => true,
  <LoadingStatus>Loading the outline…</LoadingStatus>,
);

// Drawn only for a signed-in account: each returns nothing for a reader without one (moderation
// controls are hidden from them, and only moderators gather claims to merge).
export const LazyMySuggestions = shownWhen(MySuggestions, useSignedIn);
export const LazyModerationPanel = shownWhen(ModerationPanel, useSignedIn);
export const LazyCommentModeration = shownWhen(CommentModeration, useSignedIn);
export const LazyClaimModeration = shownWhen(ClaimModeration, useSignedIn);
export const LazyMergeTools = shownWhen(MergeTools, useSignedIn);
/** Also for readers on a claim others were merged into: everyone sees what it was merged from. */
export const LazyClaimMergeActions = shownWhen(
  ClaimMergeActions,
  ({ claim }) => useSignedIn() || (claim.phrasings?.length ?? 0) > 0,
);

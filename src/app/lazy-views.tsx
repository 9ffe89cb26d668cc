// The debate page's writing, moderating and merging views, each fetched only when it can show
// something: a dialog when it is opened, a signed-in account's controls once someone signs in,
// the outline when chosen. A reader who only reads downloads none of them (the first view's
// JavaScript budget, docs/performance.md § Client). Each gate reads the same state the view
// itself would return null without, so nothing a signed-in or writing reader sees changes.
import type { ComponentProps, ReactNode } from 'react';
import { useCurrentUser } from '../api/get-session';
import { useMergeDialogClaimIds } from '../features/merge/merge-store';
import { useSignInDialogOpen } from '../state/account-store-provider';
import { useMarkDraft, useReplyClaimId } from '../state/hooks';
import { LazyBoundary, lazyView } from '../ui/lazy-view';
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

export function LazyClaimReplyDialog(props: ComponentProps<typeof ClaimReplyDialog>) {
  if (useReplyClaimId() === null) return null;
  return (
    <LazyBoundary fallback={OPENING}>
      <ClaimReplyDialog {...props} />
    </LazyBoundary>
  );
}

export function LazyMarkClaimDialog(props: ComponentProps<typeof MarkClaimDialog>) {
  if (useMarkDraft() === null) return null;
  return (
    <LazyBoundary fallback={OPENING}>
      <MarkClaimDialog {...props} />
    </LazyBoundary>
  );
}

export function LazyMergeDialog(props: ComponentProps<typeof MergeDialog>) {
  if (useMergeDialogClaimIds() === null) return null;
  return (
    <LazyBoundary fallback={OPENING}>
      <MergeDialog {...props} />
    </LazyBoundary>
  );
}

export function LazySignInDialog() {
  if (!useSignInDialogOpen()) return null;
  return (
    <LazyBoundary fallback={OPENING}>
      <SignInDialog />
    </LazyBoundary>
  );
}

export function LazyOutlineView(props: ComponentProps<typeof OutlineView>) {
  return (
    <LazyBoundary fallback={<LoadingStatus>Loading the outline…</LoadingStatus>}>
      <OutlineView {...props} />
    </LazyBoundary>
  );
}

/**
 * Drawn only for a signed-in account: every view here returns nothing for a reader without one
 * (moderation controls are hidden from them, and only moderators gather claims to merge).
 */
function SignedIn({ children }: { children: ReactNode }) {
  if (useCurrentUser() === null) return null;
  return <LazyBoundary>{children}</LazyBoundary>;
}

export function LazyMySuggestions(props: ComponentProps<typeof MySuggestions>) {
  return (
    <SignedIn>
      <MySuggestions {...props} />
    </SignedIn>
  );
}

export function LazyModerationPanel(props: ComponentProps<typeof ModerationPanel>) {
  return (
    <SignedIn>
      <ModerationPanel {...props} />
    </SignedIn>
  );
}

export function LazyCommentModeration(props: ComponentProps<typeof CommentModeration>) {
  return (
    <SignedIn>
      <CommentModeration {...props} />
    </SignedIn>
  );
}

export function LazyClaimModeration(props: ComponentProps<typeof ClaimModeration>) {
  return (
    <SignedIn>
      <ClaimModeration {...props} />
    </SignedIn>
  );
}

/** Also for readers on a claim others were merged into: everyone sees what it was merged from. */
export function LazyClaimMergeActions(props: ComponentProps<typeof ClaimMergeActions>) {
  const user = useCurrentUser();
  if (user === null && !props.claim.phrasings?.length) return null;
  return (
    <LazyBoundary>
      <ClaimMergeActions {...props} />
    </LazyBoundary>
  );
}

export function LazyMergeTools(props: ComponentProps<typeof MergeTools>) {
  return (
    <SignedIn>
      <MergeTools {...props} />
    </SignedIn>
  );
}

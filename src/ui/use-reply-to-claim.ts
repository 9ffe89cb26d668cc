// "Reply to this claim", the same everywhere it is offered (the map's details, the outline, the
// selection bar under highlighted words): opens the composer, or asks a reader without an
// account to sign in first.
import { useCurrentUser } from '../api/get-session';
import type { Id } from '../domain/model';
import { useAccountActions } from '../state/account-store-provider';
import { useViewActions } from '../state/hooks';

export interface ReplyToClaim {
  /** The button's words: "Reply to this claim", or "Sign in to reply" without an account. */
  label: string;
  start: (claimId: Id) => void;
}

export function useReplyToClaim(): ReplyToClaim {
  const user = useCurrentUser();
  const { claimReplyStarted } = useViewActions();
  const { signInRequested } = useAccountActions();
  if (user) return { label: 'Reply to this claim', start: claimReplyStarted };
  return {
    label: 'Sign in to reply',
    start: () => signInRequested('Sign in to reply to this claim.'),
  };
}

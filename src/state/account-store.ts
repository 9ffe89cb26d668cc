// UI state of the account dialog: whether it is open and why. One per app (the header and every
// "Sign in to reply" button share it); who is signed in is server data and lives in React Query.
import { createStore, type StoreApi } from 'zustand/vanilla';

export type SignInMode = 'signin' | 'signup';

export interface AccountState {
  /** The sign-in dialog is showing. */
  dialogOpen: boolean;
  /** Which form the dialog opened on. */
  mode: SignInMode;
  /** What the reader was doing when asked to sign in ("to reply"), shown in the dialog. */
  reason: string | null;
}

export interface AccountActions {
  signInRequested: (reason?: string, mode?: SignInMode) => void;
  signInModeChosen: (mode: SignInMode) => void;
  signInDialogClosed: () => void;
}

export interface AccountStoreState extends AccountState {
  actions: AccountActions;
}

export type AccountStore = StoreApi<AccountStoreState>;

export function createAccountStore(): AccountStore {
  return createStore<AccountStoreState>()((set) => ({
    dialogOpen: false,
    mode: 'signin',
    reason: null,
    actions: {
      signInRequested: (reason, mode = 'signin') =>
        set({ dialogOpen: true, reason: reason ?? null, mode }),
      signInModeChosen: (mode) => set({ mode }),
      signInDialogClosed: () => set({ dialogOpen: false, reason: null }),
    },
  }));
}

// One account UI store per mounted app, read through small named hooks.
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import {
  type AccountActions,
  type AccountStore,
  type AccountStoreState,
  createAccountStore,
  type SignInMode,
} from './account-store';

const AccountStoreContext = createContext<AccountStore | null>(null);

export function AccountStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createAccountStore);
  return <AccountStoreContext.Provider value={store}>{children}</AccountStoreContext.Provider>;
}

function useAccountState<T>(selector: (state: AccountStoreState) => T): T {
  const store = useContext(AccountStoreContext);
  if (!store) throw new Error('account hooks must be used inside <AccountStoreProvider>');
  return useStore(store, selector);
}

export const useSignInDialogOpen = (): boolean => useAccountState((s) => s.dialogOpen);
export const useSignInMode = (): SignInMode => useAccountState((s) => s.mode);
export const useSignInReason = (): string | null => useAccountState((s) => s.reason);
export const useAccountActions = (): AccountActions => useAccountState((s) => s.actions);

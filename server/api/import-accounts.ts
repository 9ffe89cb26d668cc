// The thin end of detachLocalAccounts (decision 0009) for every import path (the API, its
// preview, the CLI): asks the store which of the ids a file names are accounts here.
import { accountIdsOf, detachLocalAccounts } from '../../src/domain/formats/detach-accounts';
import type { ImportedDebate } from '../../src/domain/formats/types';
import type { Store } from '../store/store';

/** `imported` with ids of this site's accounts detached; no store read when it names none. */
export async function detachImportedAccounts<T extends ImportedDebate>(
  store: Pick<Store, 'listUsers'>,
  imported: T,
): Promise<T> {
  if (accountIdsOf(imported).size === 0) return imported;
  // Every account's id: the moderation log reads the same list, and a site's accounts fit in
  // memory; it saves adding a read to every store adapter.
  const accounts = new Set((await store.listUsers()).map(({ user }) => user.id));
  return detachLocalAccounts(imported, (id) => accounts.has(id));
}

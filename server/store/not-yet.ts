// Temporary: the write half of the Store port until each adapter implements it (issue 4).
import type { WritableStore } from './store';

const missing = async (): Promise<never> => {
  throw new Error('Not implemented yet in this store (issue 4 in progress).');
};

export const notYet: Omit<WritableStore, keyof import('./store').AccountMethods> = {
  addComment: missing,
  editComment: missing,
  deleteComment: missing,
  markClaim: missing,
  listSuggestions: missing,
  eventsAfter: missing,
  subscribe: () => () => undefined,
};

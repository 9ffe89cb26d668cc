// What the moderation half of the Store contract shares: the debate and moderator it works on,
// the world each case starts from, and the checks every case makes (a refusal changes nothing;
// replaying the log gives the stored debate).
import { expect } from 'vitest';
import { applyEvent } from '../../src/domain/events';
import type { ModerationCommand } from '../../src/domain/moderation/commands';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { addUsers, BOB } from './store-contract-writes';

export const D = 'free-buses';
export const MOD = BOB;

export async function world(store: Store) {
  await store.createDebate(smallDebate());
  await addUsers(store);
}

/** Everything a refusal must leave as it was. */
export async function snapshot(store: Store) {
  return {
    debate: await store.getDebate(D),
    events: await store.eventsAfter(D, 0, 1000),
    suggestions: await store.listAllSuggestions(D),
  };
}

export async function expectRefused(store: Store, command: ModerationCommand, kind: string) {
  const before = await snapshot(store);
  const result = await store.moderate(D, MOD, command);
  expect(result.kind).toBe(kind);
  expect(await snapshot(store)).toEqual(before);
  return result;
}

export async function expectReplays(store: Store) {
  let debate = smallDebate();
  for (const event of (await store.eventsAfter(D, 0, 1000)) ?? [])
    debate = applyEvent(debate, event);
  expect(await store.getDebate(D)).toEqual(debate);
}

export const edit = (claimId: string, text: string, reason?: string): ModerationCommand => ({
  kind: 'edit-claim',
  claimId,
  text,
  ...(reason ? { reason } : {}),
});

// A debate's whole history for an export (the API's and the CLI's): the rows it was created
// with and every event since, read in pages.
import type { DebateEvent } from '../../src/domain/events';
import type { DebateLog } from '../../src/domain/formats/debate-log';
import type { Id } from '../../src/domain/model';
import type { Store } from './store';

const PAGE = 1000;

/**
 * The debate's log. A debate saved before bases were kept (migration 007) cannot have its log
 * replayed, so it comes without events: the file then holds the debate as it is now.
 */
export async function readDebateLog(store: Store, id: Id): Promise<DebateLog> {
  const base = await store.getDebateBase(id);
  if (base === null)
    return { base: { comments: [], claims: [], relations: [], anchors: [] }, events: [] };
  const events: DebateEvent[] = [];
  for (;;) {
    const page = (await store.eventsAfter(id, events.length, PAGE)) ?? [];
    events.push(...page);
    if (page.length < PAGE) return { base, events };
  }
}

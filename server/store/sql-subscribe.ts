// store.subscribe over LISTEN/NOTIFY: every commit of an event, in this process or any other on
// the same PostgreSQL, reaches this process's listeners. One LISTEN per store, opened on the
// first subscribe; after the listening connection is re-established, every debate's current
// seq is announced, since notifications sent while it was down are gone (listeners read
// eventsAfter to catch up, so an announcement of what they already have costs nothing).
import type { Id } from '../../src/domain/model';
import type { SqlClient } from '../db/sql-client';
import { EVENTS_CHANNEL } from './sql-events';
import type { EventListener } from './store';

export interface SqlSubscriptions {
  subscribe(listener: EventListener): () => void;
  /** Resolves once LISTEN is active (after the first subscribe); rejects if it failed. */
  listening(): Promise<void>;
  close(): Promise<void>;
}

/** `debateId:seq`, or null for anything else on the channel. */
export function parseNotification(payload: string): { debateId: Id; seq: number } | null {
  const at = payload.lastIndexOf(':');
  const seq = Number(payload.slice(at + 1));
  if (at <= 0 || !Number.isSafeInteger(seq) || seq <= 0) return null;
  return { debateId: payload.slice(0, at), seq };
}

export function createSqlSubscriptions(sql: SqlClient): SqlSubscriptions {
  const listeners = new Set<EventListener>();
  let stop: Promise<() => Promise<void>> | null = null;

  function fire(debateId: Id, seq: number): void {
    for (const listener of listeners) {
      try {
        listener(debateId, seq);
      } catch (error) {
        console.error('An event listener failed:', error);
      }
    }
  }

  async function catchUp(): Promise<void> {
    const rows = await sql.query<{ id: Id; seq: number }>(
      'select id, seq::int as seq from debates where seq > 0',
    );
    for (const row of rows) fire(row.id, row.seq);
  }

  function start(): Promise<() => Promise<void>> {
    stop ??= sql.listen(
      EVENTS_CHANNEL,
      (payload) => {
        const parsed = parseNotification(payload);
        if (parsed) fire(parsed.debateId, parsed.seq);
      },
      () => {
        catchUp().catch((error: unknown) => console.error('Catching up on events failed:', error));
      },
    );
    // A failed LISTEN is retried by the next subscribe rather than remembered forever.
    stop.catch((error: unknown) => {
      console.error('Listening for events failed:', error);
      stop = null;
    });
    return stop;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      void start().catch(() => undefined);
      return () => {
        listeners.delete(listener);
      };
    },
    async listening() {
      await (stop ?? Promise.reject(new Error('Nothing has subscribed yet.')));
    },
    async close() {
      listeners.clear();
      const unlisten = await stop?.catch(() => null);
      await unlisten?.().catch(() => undefined);
    },
  };
}

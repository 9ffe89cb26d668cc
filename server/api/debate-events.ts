// GET /api/debates/:id/events: the debate's events as Server-Sent Events, each exactly once and
// in order, with `id: seq` and `event: debate-event`. The stream starts after Last-Event-ID (the
// browser's reconnect) or ?after=N (the first connect, from the overview's seq), sends the
// backlog, then stays open for new events, with a heartbeat comment so proxies keep it alive.
import type { Context, Hono } from 'hono';
import { type SSEStreamingApi, streamSSE } from 'hono/streaming';
import type { DebateEvent } from '../../src/domain/events';
import type { Id } from '../../src/domain/model';
import { hiddenSets, redactEvent } from '../../src/domain/moderation/redact';
import type { WritableStore } from '../store/store';
import type { ApiDeps } from './deps';
import { errorResponse, quoteInput } from './errors';
import { debateNotFound, idParam } from './params';
import { hiddenFor } from './reader-view';

export const DEBATE_EVENT = 'debate-event';
const BATCH = 200;
const HEARTBEAT_MS = 15_000;
const SEQ_PATTERN = /^(0|[1-9]\d{0,14})$/;

/** Where to start: Last-Event-ID wins over ?after (a reconnect knows better), default 0. */
function startAfter(c: Context): number | Response {
  const header = c.req.header('last-event-id')?.trim();
  const raw = header || c.req.query('after');
  if (raw === undefined || raw === '') return 0;
  if (SEQ_PATTERN.test(raw)) return Number(raw);
  const source = header ? 'Last-Event-ID' : 'after';
  return errorResponse(
    c,
    400,
    'bad_request',
    `${source} ${quoteInput(raw)} is not an event number. Use the seq of the debate you loaded (0 for all events).`,
  );
}

/**
 * Wakes the sending loop when the store says this debate has new events. Notifications may come
 * in bursts or while the loop is reading; `pending` makes sure none is lost between reads.
 */
function watchDebate(store: WritableStore, debateId: Id) {
  let pending = false;
  let wake: (() => void) | null = null;
  const unsubscribe = store.subscribe((id) => {
    if (id !== debateId) return;
    pending = true;
    wake?.();
  });
  return {
    unsubscribe,
    /** Resolves at once if something arrived since the last call, else at the next notice. */
    next(): Promise<void> {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        wake = () => {
          wake = null;
          pending = false;
          resolve();
        };
      });
    },
    /** Ends a pending wait, for when the client has gone. */
    interrupt: () => wake?.(),
  };
}

async function send(
  stream: SSEStreamingApi,
  events: readonly DebateEvent[],
  after: number,
  view: (event: DebateEvent) => DebateEvent,
): Promise<number> {
  let last = after;
  for (const event of events) {
    if (event.seq <= last) continue;
    await stream.writeSSE({
      id: String(event.seq),
      event: DEBATE_EVENT,
      data: JSON.stringify(view(event)),
    });
    last = event.seq;
  }
  return last;
}

export function debateEvents(app: Hono, deps: ApiDeps): void {
  const { store, heartbeatMs = HEARTBEAT_MS } = deps;
  app.get('/api/debates/:id/events', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const after = startAfter(c);
    if (after instanceof Response) return after;
    // Subscribe before reading the backlog: an event committed in between is then both
    // notified and read, and `send` skips what was already sent, so it goes out exactly once.
    const watch = watchDebate(store, id);
    const backlog = await store.eventsAfter(id, after, BATCH).catch((error: unknown) => {
      watch.unsubscribe();
      throw error;
    });
    if (backlog === null) {
      watch.unsubscribe();
      return debateNotFound(c, id);
    }
    // A reader's events are redacted against what is hidden as each batch goes out (a hide
    // during the stream applies from the next batch on); moderators get them whole.
    const reader = (await hiddenFor(c, deps, id)) !== null;
    const viewOf = async (): Promise<(event: DebateEvent) => DebateEvent> => {
      if (!reader) return (event) => event;
      const hidden = hiddenSets((await store.hiddenIds(id)) ?? { claims: [], comments: [] });
      return (event) => redactEvent(event, hidden);
    };
    c.header('X-Accel-Buffering', 'no'); // nginx: pass each event on at once
    return streamSSE(c, async (stream) => {
      let gone = false;
      const leave = () => {
        gone = true;
        watch.interrupt();
      };
      stream.onAbort(leave);
      const signal = c.req.raw.signal;
      signal.addEventListener('abort', leave);
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
      try {
        let batch = backlog;
        let last = after;
        for (;;) {
          last = await send(stream, batch, last, await viewOf());
          if (gone) break;
          // A full batch means more backlog: read on without waiting.
          if (batch.length < BATCH) await watch.next();
          if (gone) break;
          batch = (await store.eventsAfter(id, last, BATCH)) ?? [];
        }
      } finally {
        clearInterval(heartbeat);
        signal.removeEventListener('abort', leave);
        watch.unsubscribe();
      }
    });
  });
}

// GET /api/debates/:id/events: the debate's changes as Server-Sent Events while it is open. Each
// event goes through receiveEvent, like the answer to the reader's own write, so another
// reader's reply, claim and relation show within a second without a reload. EventSource
// reconnects by itself and sends Last-Event-ID, so the server resumes exactly after the last
// event received.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DebateEventSchema } from '../domain/events';
import { debateOptions } from './get-debate';
import { receiveEvent } from './receive-event';

/** The SSE event name the server uses for debate events. */
export const DEBATE_EVENT = 'debate-event';

export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

export function debateEventsPath(debateId: string, after: number): string {
  return `/api/debates/${encodeURIComponent(debateId)}/events?after=${after}`;
}

/**
 * Listens to the debate's events once its overview is loaded (`ready`), starting after the
 * overview's seq. Opens one connection per debate, not one per event: later seq changes are the
 * stream's own doing. Where EventSource is missing (old browsers, the test DOM) the page stays
 * as it is, and the reader's own writes still show (their answers carry the event).
 */
export function useDebateEvents(debateId: string, ready: boolean): LiveStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('off');
  useEffect(() => {
    if (!ready || typeof EventSource === 'undefined') return;
    const after = client.getQueryData(debateOptions(debateId).queryKey)?.debate.seq ?? 0;
    const source = new EventSource(debateEventsPath(debateId, after));
    setStatus('connecting');
    source.onopen = () => setStatus('live');
    source.onerror = () =>
      setStatus(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting');
    source.addEventListener(DEBATE_EVENT, (message) => {
      const event = parseEvent(message.data);
      if (event?.debateId === debateId) void receiveEvent(client, event);
    });
    return () => {
      source.close();
      setStatus('off');
    };
  }, [client, debateId, ready]);
  return status;
}

function parseEvent(data: unknown) {
  if (typeof data !== 'string') return null;
  try {
    const parsed = DebateEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

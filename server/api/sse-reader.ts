// For tests: reads a text/event-stream response frame by frame, as EventSource would.
import { type DebateEvent, DebateEventSchema } from '../../src/domain/events';

export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  /** Lines starting with ":" (heartbeats). */
  comments: string[];
}

function parseFrame(text: string): SseFrame {
  const frame: SseFrame = { comments: [] };
  const data: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) {
      frame.comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') data.push(value);
    else if (field === 'id') frame.id = value;
    else if (field === 'event') frame.event = value;
  }
  if (data.length > 0) frame.data = data.join('\n');
  return frame;
}

export class SseReader {
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  // A read that lost a race against a timeout is kept for the next call, so no bytes are lost.
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;

  constructor(response: Response) {
    if (!response.body) throw new Error('The response has no body.');
    this.reader = response.body.getReader();
  }

  /** The next frame, or null if none arrives within `timeoutMs` (or the stream ended). */
  async nextFrame(timeoutMs = 2000): Promise<SseFrame | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end !== -1) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return parseFrame(text);
      }
      const left = deadline - Date.now();
      if (left <= 0) return null;
      this.pending ??= this.reader.read();
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), left));
      const result = await Promise.race([this.pending, timer]);
      if (result === 'timeout') return null;
      this.pending = null;
      if (result.done) return null;
      this.buffer += this.decoder.decode(result.value, { stream: true });
    }
  }

  /** The next `count` debate events, skipping heartbeats; throws if they do not come in time. */
  async events(
    count: number,
    timeoutMs = 2000,
  ): Promise<{ id: string | undefined; event: DebateEvent }[]> {
    const out: { id: string | undefined; event: DebateEvent }[] = [];
    while (out.length < count) {
      const frame = await this.nextFrame(timeoutMs);
      if (!frame) throw new Error(`Expected ${count} events, got ${out.length}.`);
      if (frame.data === undefined) continue;
      if (frame.event !== 'debate-event') throw new Error(`Unexpected event type ${frame.event}.`);
      out.push({ id: frame.id, event: DebateEventSchema.parse(JSON.parse(frame.data)) });
    }
    return out;
  }

  /** The seqs of the events that arrive within `ms` (heartbeats ignored). */
  async seqsWithin(ms: number): Promise<number[]> {
    const seqs: number[] = [];
    const deadline = Date.now() + ms;
    for (;;) {
      const frame = await this.nextFrame(Math.max(0, deadline - Date.now()));
      if (!frame) return seqs;
      if (frame.data !== undefined) seqs.push(DebateEventSchema.parse(JSON.parse(frame.data)).seq);
    }
  }

  /**
   * The client goes away: cancels the body, which the server sees as an abort. Not awaited:
   * through MSW the cancel only completes when the server next writes (its heartbeat).
   */
  close(): void {
    this.reader.cancel().catch(() => undefined);
  }
}

// EventSource for the test DOM, which has none: the same API the app uses (addEventListener
// by event name, onopen, onerror, close), read from a fetch of the real event route through MSW.
// It does not reconnect; the live-update tests only need one connection.
type Listener = (event: MessageEvent<string>) => void;

export class FetchEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readyState = FetchEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly url: string;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly abort = new AbortController();

  constructor(url: string | URL) {
    this.url = new URL(url, window.location.href).href;
    void this.read();
  }

  addEventListener(type: string, listener: Listener) {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }

  close() {
    this.readyState = FetchEventSource.CLOSED;
    this.abort.abort();
  }

  private async read() {
    try {
      const response = await fetch(this.url, {
        headers: { accept: 'text/event-stream' },
        signal: this.abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
      this.readyState = FetchEventSource.OPEN;
      this.onopen?.(new Event('open'));
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          this.dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Closed by close(), or the route refused: either way this source is done.
    }
    if (this.readyState !== FetchEventSource.CLOSED) {
      this.readyState = FetchEventSource.CLOSED;
      this.onerror?.(new Event('error'));
    }
  }

  private dispatch(frame: string) {
    let type = 'message';
    let id = '';
    const data: string[] = [];
    for (const line of frame.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) return;
    const event = new MessageEvent(type, { data: data.join('\n'), lastEventId: id });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

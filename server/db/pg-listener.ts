// LISTEN for a pg pool. A pool cannot listen: its connections are lent out and taken back, and a
// notification arrives only on the connection that ran LISTEN. So each client keeps ONE dedicated
// pg.Client for all its channels, opened on the first listen and reopened with backoff when the
// server drops it (restart, failover, idle kill), after which callers are told to catch up.
import pg from 'pg';

/** Its application_name, so operators (and tests) can find the connection in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'crux-listen';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;
const CHANNEL_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

interface Entry {
  channel: string;
  onPayload(payload: string): void;
  onReconnect?(): void;
}

export interface PgListener {
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createPgListener(config: pg.ClientConfig): PgListener {
  const entries = new Set<Entry>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  /** Channels LISTENed on the current client. */
  let listening = new Set<string>();
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = FIRST_RETRY_MS;
  let closed = false;

  function deliver(message: pg.Notification): void {
    for (const entry of entries) {
      if (entry.channel === message.channel) entry.onPayload(message.payload ?? '');
    }
  }

  function dropped(lost: pg.Client, error?: Error): void {
    if (client !== lost) return;
    client = null;
    listening = new Set();
    if (closed) return;
    console.error(
      `PostgreSQL LISTEN connection lost${error ? `: ${error.message}` : ''}; reconnecting.`,
    );
    scheduleReconnect();
  }

  async function open(): Promise<pg.Client> {
    const next = new pg.Client({ ...config, application_name: LISTENER_APPLICATION_NAME });
    // Without an 'error' handler a dropped connection would crash the process.
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next));
    next.on('notification', deliver);
    try {
      await next.connect();
      const channels = new Set([...entries].map((e) => e.channel));
      for (const channel of channels) await next.query(`listen ${channel}`);
      if (closed) throw new Error('The database was closed.');
      listening = channels;
      client = next;
      retryDelay = FIRST_RETRY_MS;
      return next;
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
  }

  function connection(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= open().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  function scheduleReconnect(): void {
    if (retryTimer || closed || entries.size === 0) return;
    retryTimer = setTimeout(async () => {
      retryTimer = null;
      try {
        await connection();
        for (const entry of entries) entry.onReconnect?.();
      } catch {
        retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
        scheduleReconnect();
      }
    }, retryDelay);
  }

  return {
    async listen(channel, onPayload, onReconnect) {
      // Channel names go into the statement (LISTEN takes no parameters): only plain names.
      if (!CHANNEL_PATTERN.test(channel)) throw new Error(`Bad channel name "${channel}".`);
      if (closed) throw new Error('The database is closed.');
      const entry: Entry = { channel, onPayload, ...(onReconnect ? { onReconnect } : {}) };
      entries.add(entry);
      try {
        const current = await connection();
        if (!listening.has(channel)) {
          listening.add(channel);
          await current.query(`listen ${channel}`);
        }
      } catch (error) {
        entries.delete(entry);
        throw error;
      }
      return async () => {
        entries.delete(entry);
        const still = [...entries].some((e) => e.channel === channel);
        if (still || !client || !listening.has(channel)) return;
        listening.delete(channel);
        await client.query(`unlisten ${channel}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      entries.clear();
      const current = client ?? (await connecting?.catch(() => null)) ?? null;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}

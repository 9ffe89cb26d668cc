// The duplicate lists this process keeps, one per debate (the most recently asked), and the
// background work that builds them. A request syncs the debate's claims into its list; a list
// with little queued (a small debate, or a few claims changed since) is finished within the
// request, and a bigger one is built a slice at a time between other work on the event loop, so
// no request waits for a 100k-claim debate's comparisons (tens of seconds of CPU). No thread:
// the same code runs under MSW in the browser.
import { DEFAULT_DUPLICATE_THRESHOLD } from '../../src/domain/duplicates';
import type { Id } from '../../src/domain/model';
import { createDuplicateList, type DuplicateList, type ListProgress } from './duplicate-list';

export interface DuplicateListsOptions {
  /** A list with at most this many claims queued is finished within the request (default 1,000). */
  inlineClaims?: number;
  /** Milliseconds of work per slice in the background (default 15): what a request may wait. */
  sliceMs?: number;
  /** Debates whose list is kept; the least recently asked is dropped (default 16). */
  debates?: number;
  /** Default DEFAULT_DUPLICATE_THRESHOLD. */
  threshold?: number;
}

export interface ListAnswer {
  list: DuplicateList;
  /** null when the list is complete for the claims given. */
  progress: ListProgress | null;
}

export interface DuplicateLists {
  readonly threshold: number;
  /**
   * The debate's list brought to its claims at `seq` (read only when the seq moved since the
   * last call): finished now if little is queued, else building in the background.
   */
  listFor(debateId: Id, seq: number, claims: () => readonly { id: Id; text: string }[]): ListAnswer;
  /** Stops all background work (tests, shutdown). */
  close(): void;
}

interface Entry {
  list: DuplicateList;
  /** The debate's seq at the last sync. */
  seq: number;
  /** A slice is scheduled. */
  running: boolean;
}

export function createDuplicateLists(options: DuplicateListsOptions = {}): DuplicateLists {
  const inlineClaims = options.inlineClaims ?? 1000;
  const sliceMs = options.sliceMs ?? 15;
  const keep = options.debates ?? 16;
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const entries = new Map<Id, Entry>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const slice = (entry: Entry) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      // Dropped from the cache meanwhile: its work is no one's.
      if (![...entries.values()].includes(entry)) {
        entry.running = false;
        return;
      }
      const stop = performance.now() + sliceMs;
      if (entry.list.work(() => performance.now() >= stop)) entry.running = false;
      else slice(entry);
    }, 0);
    timers.add(timer);
  };

  return {
    threshold,
    listFor(debateId, seq, claims) {
      let entry = entries.get(debateId);
      entries.delete(debateId);
      entry ??= { list: createDuplicateList(threshold), seq: -1, running: false };
      entries.set(debateId, entry);
      if (entries.size > keep) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      const { list } = entry;
      if (entry.seq !== seq) list.sync(claims());
      entry.seq = seq;
      if (list.pending > 0 && list.pending <= inlineClaims) list.work(() => false);
      if (list.pending > 0 && !entry.running) {
        entry.running = true;
        slice(entry);
      }
      return { list, progress: list.progress() };
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      entries.clear();
    },
  };
}

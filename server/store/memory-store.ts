// The memory adapter: the Store port over a Map. It also runs in the browser (MSW serves the
// Hono app over it in the demo build), so it must stay free of node: imports.
import type { Debate, DebateSummary, Id } from '../../src/domain/model';
import { parseDebate } from '../../src/domain/rules';
import type { Store } from './store';
import { DebateExistsError, InvalidDebateError, summarize } from './store';

/**
 * A Store that keeps debates in memory, in creation order. Debates are copied on the way in and
 * out, so callers mutating what they passed or got back cannot change what is stored.
 * `initial` debates are saved as if by createDebate, and are refused the same way.
 */
export function createMemoryStore(initial: readonly Debate[] = []): Store {
  // A Map iterates in insertion order, which is the creation order listDebates promises.
  const debates = new Map<Id, Debate>();
  let closed = false;

  function assertOpen(): void {
    if (closed) throw new Error('This store is closed.');
  }

  function save(input: Debate): void {
    const parsed = parseDebate(input);
    if (!parsed.ok) throw new InvalidDebateError(parsed.errors);
    if (debates.has(parsed.debate.id)) throw new DebateExistsError(parsed.debate.id);
    debates.set(parsed.debate.id, structuredClone(parsed.debate));
  }

  for (const debate of initial) save(debate);

  return {
    async listDebates(): Promise<DebateSummary[]> {
      assertOpen();
      return [...debates.values()].map(summarize);
    },
    async getDebate(id: Id): Promise<Debate | null> {
      assertOpen();
      const debate = debates.get(id);
      return debate ? structuredClone(debate) : null;
    },
    async createDebate(debate: Debate): Promise<void> {
      assertOpen();
      save(debate);
    },
    async close(): Promise<void> {
      closed = true;
      debates.clear();
    },
  };
}

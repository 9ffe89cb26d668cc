// The memory adapter: the Store port over a Map. It also runs in the browser (MSW serves the
// Hono app over it in the demo build), so it must stay free of node: imports.
import { anchorsInComments, claimContext } from '../../src/domain/claim-context';
import type { EventUpsert } from '../../src/domain/events';
import { baseOf, checkDebateLog, type DebateLog } from '../../src/domain/formats/debate-log';
import type { Debate, DebateOverview, DebateSummary, Id } from '../../src/domain/model';
import { parseDebate } from '../../src/domain/rules';
import { commentContext } from '../../src/domain/thread-context';
import { placeComments, selectThreadPage } from '../../src/domain/thread-page';
import { createMemoryAccounts } from './memory-accounts';
import { createMemoryWrites, type MemoryDebate } from './memory-writes';
import type { ClaimContextResult, CommentContextResult, Store, ThreadPageResult } from './store';
import { DebateExistsError, InvalidDebateError, overviewOf, summarize } from './store';

/**
 * A Store that keeps debates in memory, in creation order. Debates are copied on the way in and
 * out, so callers mutating what they passed or got back cannot change what is stored.
 * `initial` debates are saved as if by createDebate, and are refused the same way.
 */
export function createMemoryStore(initial: readonly Debate[] = []): Store {
  // A Map iterates in insertion order, which is the creation order listDebates promises.
  const debates = new Map<Id, MemoryDebate>();
  /** Each debate's rows as created: where its log begins (decision 0009). */
  const bases = new Map<Id, EventUpsert>();
  let closed = false;

  function assertOpen(): void {
    if (closed) throw new Error('This store is closed.');
  }

  function save(input: Debate, log?: DebateLog): void {
    const parsed = parseDebate(input);
    if (!parsed.ok) throw new InvalidDebateError(parsed.errors);
    if (debates.has(parsed.debate.id)) throw new DebateExistsError(parsed.debate.id);
    const check = log ? checkDebateLog(parsed.debate, log) : { ok: true as const };
    if (!check.ok) throw new InvalidDebateError([check.message]);
    const debate = structuredClone(parsed.debate);
    // Rows are replaced, never changed in place, so the created lists stay the base as they are.
    bases.set(debate.id, log ? structuredClone(log.base) : baseOf(debate));
    debates.set(debate.id, {
      debate,
      placed: placeComments(debate.comments),
      events: log ? structuredClone([...log.events]) : [],
      suggestions: [],
    });
  }

  for (const debate of initial) save(debate);

  return {
    ...createMemoryAccounts(assertOpen, (id) => debates.has(id)),
    ...createMemoryWrites((id) => debates.get(id), assertOpen),
    async listDebates(): Promise<DebateSummary[]> {
      assertOpen();
      return [...debates.values()].map((s) => summarize(s.debate));
    },
    async getDebate(id: Id): Promise<Debate | null> {
      assertOpen();
      const stored = debates.get(id);
      return stored ? structuredClone(stored.debate) : null;
    },
    async getDebateOverview(id: Id): Promise<DebateOverview | null> {
      assertOpen();
      const stored = debates.get(id);
      return stored ? structuredClone(overviewOf(stored.debate, stored.events.length)) : null;
    },
    async getThreadPage(debateId, query): Promise<ThreadPageResult> {
      assertOpen();
      const stored = debates.get(debateId);
      if (!stored) return { kind: 'no-debate' };
      const rows = selectThreadPage(stored.placed, query);
      if (!rows) return { kind: 'no-parent' };
      const ids = new Set(rows.comments.map((c) => c.id));
      const anchors = anchorsInComments(stored.debate.anchors, ids);
      return structuredClone({ kind: 'page', ...rows, anchors });
    },
    async getClaimContext(debateId, claimId): Promise<ClaimContextResult> {
      assertOpen();
      const stored = debates.get(debateId);
      if (!stored) return { kind: 'no-debate' };
      if (!stored.debate.claims.some((c) => c.id === claimId)) return { kind: 'no-claim' };
      const context = claimContext(stored.placed, stored.debate.anchors, claimId);
      return structuredClone({ kind: 'context', ...context });
    },
    async getCommentContext(debateId, commentId): Promise<CommentContextResult> {
      assertOpen();
      const stored = debates.get(debateId);
      if (!stored) return { kind: 'no-debate' };
      const context = commentContext(stored.placed, stored.debate.anchors, commentId);
      if (!context) return { kind: 'no-comment' };
      return structuredClone({ kind: 'context', ...context });
    },
    async createDebate(debate: Debate, log?: DebateLog): Promise<void> {
      assertOpen();
      save(debate, log);
    },
    async getDebateBase(id: Id): Promise<EventUpsert | null> {
      assertOpen();
      const base = bases.get(id);
      return base ? structuredClone(base) : null;
    },
    async close(): Promise<void> {
      closed = true;
      debates.clear();
      bases.clear();
    },
  };
}

// The Store port: the only way the API touches data. Two adapters implement it (memory for the
// browser demo and component tests, SQL for the Node server) and both pass store-contract.ts.
import type { ClaimContext } from '../../src/domain/claim-context';
import type { Anchor, Debate, DebateOverview, DebateSummary, Id } from '../../src/domain/model';
import type { CommentContext } from '../../src/domain/thread-context';
import type { ThreadPageQuery, ThreadPageRows } from '../../src/domain/thread-page';

/** One page of the thread with the anchors said in its comments (in the debate's anchor order). */
export type ThreadPageResult =
  | ({ kind: 'page'; anchors: Anchor[] } & ThreadPageRows)
  | { kind: 'no-debate' }
  | { kind: 'no-parent' };

export type ClaimContextResult =
  | ({ kind: 'context' } & ClaimContext)
  | { kind: 'no-debate' }
  | { kind: 'no-claim' };

export type CommentContextResult =
  | ({ kind: 'context' } & CommentContext)
  | { kind: 'no-debate' }
  | { kind: 'no-comment' };

export interface Store {
  /** Every debate, in creation order (the order they were first saved). */
  listDebates(): Promise<DebateSummary[]>;
  /** The whole debate, deep-equal to what was saved; null when there is no debate with this id. */
  getDebate(id: Id): Promise<Debate | null>;
  /** The debate without its comments (see DebateOverviewSchema); null when there is none. */
  getDebateOverview(id: Id): Promise<DebateOverview | null>;
  /**
   * One page of the thread, as selectThreadPage defines it. Each page is an index range scan:
   * never a read of every comment of the debate.
   */
  getThreadPage(debateId: Id, query: ThreadPageQuery): Promise<ThreadPageResult>;
  /** Where a claim is said in the thread, as claimContext defines it. */
  getClaimContext(debateId: Id, claimId: Id): Promise<ClaimContextResult>;
  /** A comment with its ancestors (a permalink), as commentContext defines it. */
  getCommentContext(debateId: Id, commentId: Id): Promise<CommentContextResult>;
  /**
   * Saves a whole debate in ONE transaction. Rejects with DebateExistsError if the id exists and
   * with InvalidDebateError (carrying every message) if it breaks an invariant. Nothing is written
   * in either case.
   */
  createDebate(debate: Debate): Promise<void>;
  /** Releases the adapter's resources (database connections). The store is unusable after. */
  close(): Promise<void>;
}

/** Thrown by createDebate when a debate with the same id is already stored. */
export class DebateExistsError extends Error {
  override readonly name = 'DebateExistsError';
  constructor(readonly debateId: Id) {
    super(`A debate with id "${debateId}" already exists. Choose another id.`);
  }
}

/** Thrown by createDebate when the debate breaks the model's shape or its invariants. */
export class InvalidDebateError extends Error {
  override readonly name = 'InvalidDebateError';
  constructor(readonly errors: readonly string[]) {
    super(`The debate is not valid: ${errors.join('; ')}`);
  }
}

/** The overview of a whole debate: the reference the SQL adapter's reads must match. */
export function overviewOf(debate: Debate): DebateOverview {
  return {
    id: debate.id,
    post: debate.post,
    claims: debate.claims,
    relations: debate.relations,
    anchors: debate.anchors.filter((a) => a.source.kind === 'post'),
    commentCount: debate.comments.length,
  };
}

/** The list row for a debate: computed, never stored, so counts cannot drift. */
export function summarize(debate: Debate): DebateSummary {
  return {
    id: debate.id,
    title: debate.post.title,
    author: debate.post.author,
    publishedAt: debate.post.publishedAt,
    commentCount: debate.comments.length,
    claimCount: debate.claims.length,
  };
}

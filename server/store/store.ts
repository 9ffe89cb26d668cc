// The Store port: the only way the API touches data. Two adapters implement it (memory for the
// browser demo and component tests, SQL for the Node server) and both pass store-contract.ts.
import type { ClaimContext } from '../../src/domain/claim-context';
import type {
  EditComment,
  MarkClaim,
  NewComment,
  Suggestion,
  User,
} from '../../src/domain/commands';
import type { DebateEvent, EventUpsert } from '../../src/domain/events';
import type { DebateLog } from '../../src/domain/formats/debate-log';
import type {
  Anchor,
  Comment,
  Debate,
  DebateOverview,
  DebateSummary,
  Id,
} from '../../src/domain/model';
import type { Roles } from '../../src/domain/permissions';
import type { CommentContext } from '../../src/domain/thread-context';
import type { ThreadPageQuery, ThreadPageRows } from '../../src/domain/thread-page';
import type { MergeMethods } from './merge-port';
import type { ModerationMethods } from './moderation-port';
import type { RoleMethods } from './roles';

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

/** An account as stored: the hash is scrypt's (server/auth/password.ts), never the password. */
export interface StoredUser {
  user: User;
  passwordHash: string;
}

export interface NewSession {
  /** SHA-256 of the cookie's token: a leaked table cannot be replayed as cookies. */
  tokenHash: string;
  userId: Id;
  csrfToken: string;
  expiresAt: Date;
}

export interface ActiveSession {
  user: User;
  /** The account's roles as they are now (a revoked role takes effect on the next request). */
  roles: Roles;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * The answer to every write. Refusals change nothing (the whole write is one transaction) and
 * carry a message a person can act on; the API maps each kind to its status.
 */
export type WriteResult =
  | { kind: 'ok'; event: DebateEvent }
  | { kind: 'no-debate' }
  /** 404: the comment written to, or edited, does not exist. */
  | { kind: 'not-found'; message: string }
  /** 422: the request names something that cannot be used (unknown claim, bad range, link rule). */
  | { kind: 'invalid'; message: string }
  /** 403: someone else's comment. */
  | { kind: 'forbidden'; message: string }
  /** 409: the comment changed since the version the writer saw. */
  | { kind: 'conflict'; message: string; current: Comment }
  /** 409: a later change to the same rows stands in the way (undo); the message names it. */
  | { kind: 'blocked'; message: string };

export type MarkResult = WriteResult | { kind: 'suggested'; suggestion: Suggestion };

/** Called after a debate's events commit, in this process or (PostgreSQL) in any other. */
export type EventListener = (debateId: Id, seq: number) => void;

export interface Store extends WritableStore, MergeMethods, ModerationMethods {
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
   * in either case. With a `log` (an imported history, decision 0009) the debate keeps those
   * events and its seq is the last one's; the log must replay from its base to the debate
   * (checkDebateLog), else InvalidDebateError names the first event that disagrees. Without one
   * the debate is its own base at seq 0.
   */
  createDebate(debate: Debate, log?: DebateLog): Promise<void>;
  /**
   * The rows the debate was created with (where its log begins); null when there is no such
   * debate, or it was saved before bases were kept (migration 007: its log cannot be replayed).
   */
  getDebateBase(id: Id): Promise<EventUpsert | null>;
  /** Releases the adapter's resources (database connections). The store is unusable after. */
  close(): Promise<void>;
}

/** Accounts, writes and events (the Commenter issue): the write half of Store. */
export interface WritableStore extends RoleMethods {
  // Accounts ------------------------------------------------------------------------------
  /** Creates an account; 'taken' when the name exists in any letter case. */
  createUser(input: StoredUser): Promise<{ kind: 'created' } | { kind: 'taken' }>;
  /** The account with this name, compared case-insensitively; null when there is none. */
  findUserByName(name: string): Promise<StoredUser | null>;
  createSession(session: NewSession): Promise<void>;
  /** The session with this token hash if it has not expired at `now`. */
  getSession(tokenHash: string, now: Date): Promise<ActiveSession | null>;
  deleteSession(tokenHash: string): Promise<void>;

  // Writes: each is one transaction that appends exactly one event (seq + 1) or changes nothing.
  /** A reply to the post or a comment, or a reply to a claim (comment + claim + relation + anchor). */
  addComment(debateId: Id, actor: User, input: NewComment): Promise<WriteResult>;
  /** The author's edit; anchors in it re-anchored with resolveAnchor, the rest orphaned. */
  editComment(debateId: Id, actor: User, commentId: Id, input: EditComment): Promise<WriteResult>;
  /** The author's deletion: "[deleted]", body emptied, anchors orphaned, replies and claims kept. */
  deleteComment(debateId: Id, actor: User, commentId: Id, version: number): Promise<WriteResult>;
  /** Marks words as a claim: applied in the actor's own comment, else stored as a suggestion. */
  markClaim(debateId: Id, actor: User, input: MarkClaim): Promise<MarkResult>;
  /** The suggestions `authorId` made in this debate, newest first. */
  listSuggestions(debateId: Id, authorId: Id): Promise<Suggestion[]>;

  // Events ------------------------------------------------------------------------------
  /** Events with seq > afterSeq in order, at most `limit`; null when there is no such debate. */
  eventsAfter(debateId: Id, afterSeq: number, limit: number): Promise<DebateEvent[] | null>;
  /**
   * Calls `listener` after each commit of an event (with PostgreSQL, from any server process on
   * the database, via LISTEN/NOTIFY). Notifications may coalesce: read eventsAfter to catch up.
   * Returns the unsubscribe function.
   */
  subscribe(listener: EventListener): () => void;
}

/** The account half of WritableStore, implemented on its own by each adapter. */
export type AccountMethods = Pick<
  WritableStore,
  'createUser' | 'findUserByName' | 'createSession' | 'getSession' | 'deleteSession'
> &
  RoleMethods;

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
export function overviewOf(debate: Debate, seq = 0): DebateOverview {
  return {
    id: debate.id,
    post: debate.post,
    claims: debate.claims,
    relations: debate.relations,
    anchors: debate.anchors.filter((a) => a.source.kind === 'post'),
    commentCount: debate.comments.length,
    seq,
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

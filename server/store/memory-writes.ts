// The memory adapter's writes and event log. Each write loads the state its decision needs, asks
// the pure decision, then applies the event with applyEvent (the same function the browser
// uses), all without an await in between: in one JavaScript turn nothing can interleave, which
// is this adapter's transaction.
import type { Suggestion } from '../../src/domain/commands';
import { applyEvent, type DebateEvent } from '../../src/domain/events';
import { resolveMarkIn, resolveReplyIn } from '../../src/domain/merge/merge-state';
import type { Claim, Debate, Id } from '../../src/domain/model';
import { placeUpserted } from '../../src/domain/thread-insert';
import type { ThreadComment } from '../../src/domain/thread-page';
import {
  type AddCommentState,
  addCommentParentId,
  decideAddComment,
} from '../../src/domain/write-comment';
import { decideDeleteComment, decideEditComment } from '../../src/domain/write-edit';
import { decideMarkClaim, markClaimStateOf } from '../../src/domain/write-mark';
import {
  type EventDraft,
  type SuggestionDraft,
  systemContext,
  toEvent,
  type WriteRefusal,
} from '../../src/domain/writes';
import { createMemoryMerges } from './memory-merge';
import { createMemoryModeration } from './memory-moderation';
import { createMemoryRevisions } from './memory-moderation-revisions';
import type { MergeMethods } from './merge-port';
import type { ModerationMethods } from './moderation-port';
import type {
  AccountMethods,
  EventListener,
  MarkResult,
  WritableStore,
  WriteResult,
} from './store';

export interface MemoryDebate {
  debate: Debate;
  /** The comments with their thread positions, kept up to date write by write. */
  placed: ThreadComment[];
  events: DebateEvent[];
  suggestions: Suggestion[];
}

export type WriteMethods = Omit<WritableStore, keyof AccountMethods> &
  MergeMethods &
  ModerationMethods;

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

function lastRootOrder(placed: readonly ThreadComment[]): number | null {
  let last: ThreadComment | null = null;
  for (const c of placed) {
    if (c.thread.oldest.pos !== 0) continue;
    if (!last || c.thread.oldest.rootRank > last.thread.oldest.rootRank) last = c;
  }
  return last ? last.order : null;
}

function claimsNamed(debate: Debate, ids: readonly (Id | undefined)[]): Map<Id, Claim> {
  const wanted = new Set(ids.filter((id): id is Id => id !== undefined));
  return new Map(debate.claims.filter((c) => wanted.has(c.id)).map((c) => [c.id, c]));
}

function addCommentState(stored: MemoryDebate, input: Parameters<WriteMethods['addComment']>[2]) {
  const { debate, placed } = stored;
  const target = input.reply?.targetClaimId;
  const point = input.reply?.point?.kind === 'existing' ? input.reply.point.claimId : undefined;
  const parentId = addCommentParentId(
    input,
    debate.anchors.filter((a) => a.claimId === target),
  );
  const parent = debate.comments.find((c) => c.id === parentId) ?? null;
  const siblings = parent ? debate.comments.filter((c) => c.parentId === parent.id) : [];
  const state: AddCommentState = {
    parent,
    lastSiblingOrder: parent
      ? siblings.reduce<number | null>((max, c) => Math.max(max ?? c.order, c.order), null)
      : lastRootOrder(placed),
    claims: claimsNamed(debate, [target, point]),
    pointRelations: debate.relations.filter((r) => r.from === point),
  };
  return state;
}

function anchorsIn(debate: Debate, commentId: Id) {
  return debate.anchors.filter(
    (a) => a.source.kind === 'comment' && a.source.commentId === commentId,
  );
}

export function createMemoryWrites(
  find: (debateId: Id) => MemoryDebate | undefined,
  assertOpen: () => void,
): WriteMethods {
  const listeners = new Set<EventListener>();
  // Moderation and merges both change wordings, so both append to one history.
  const revisions = createMemoryRevisions();

  function commit(debateId: Id, stored: MemoryDebate, draft: EventDraft, actorId: Id, at: string) {
    const seq = stored.events.length + 1;
    const event = toEvent(structuredClone(draft), { debateId, seq, at, actorId });
    stored.placed = placeUpserted(stored.placed, event.upsert.comments);
    stored.debate = applyEvent(stored.debate, event);
    stored.events.push(event);
    for (const listener of listeners) {
      try {
        listener(debateId, seq);
      } catch (error) {
        console.error('An event listener failed:', error);
      }
    }
    return structuredClone(event);
  }

  /** Runs one write: the decision over the loaded state, then the event, or the refusal. */
  function write(
    debateId: Id,
    actorId: Id,
    decide: (
      stored: MemoryDebate,
      ctx: ReturnType<typeof systemContext>,
    ) => EventDraft | SuggestionDraft | WriteRefusal,
  ): MarkResult {
    assertOpen();
    const stored = find(debateId);
    if (!stored) return { kind: 'no-debate' };
    const ctx = systemContext();
    const decided = structuredClone(decide(stored, ctx));
    if (decided.kind === 'suggestion') {
      stored.suggestions.push(decided.suggestion);
      commit(debateId, stored, decided.event, actorId, ctx.now);
      return { kind: 'suggested', suggestion: structuredClone(decided.suggestion) };
    }
    if (decided.kind !== 'event') return decided;
    return { kind: 'ok', event: commit(debateId, stored, decided, actorId, ctx.now) };
  }

  const asWrite = (result: MarkResult): WriteResult => {
    if (result.kind === 'suggested') throw new Error('Only markClaim may suggest.');
    return result;
  };

  return {
    ...createMemoryMerges(find, assertOpen, write, revisions),
    ...createMemoryModeration(find, assertOpen, write, revisions),
    async addComment(debateId, actor, asked) {
      return asWrite(
        write(debateId, actor.id, (stored, ctx) => {
          // A reply naming a merged claim lands on its survivor.
          const input = resolveReplyIn(stored.debate, asked);
          return decideAddComment(input, actor, addCommentState(stored, input), ctx);
        }),
      );
    },
    async editComment(debateId, actor, commentId, input) {
      return asWrite(
        write(debateId, actor.id, ({ debate }, ctx) => {
          const comment = debate.comments.find((c) => c.id === commentId) ?? null;
          const anchors = anchorsIn(debate, commentId);
          return decideEditComment(commentId, input, actor, comment, anchors, ctx);
        }),
      );
    },
    async deleteComment(debateId, actor, commentId, version) {
      return asWrite(
        write(debateId, actor.id, ({ debate }) => {
          const comment = debate.comments.find((c) => c.id === commentId) ?? null;
          return decideDeleteComment(
            commentId,
            version,
            actor,
            comment,
            anchorsIn(debate, commentId),
          );
        }),
      );
    },
    async markClaim(debateId, actor, asked) {
      return write(debateId, actor.id, ({ debate, suggestions }, ctx) => {
        const input = resolveMarkIn(debate, asked);
        const state = markClaimStateOf(debate, input, suggestions);
        return decideMarkClaim(debateId, input, actor, state, ctx);
      });
    },
    async listSuggestions(debateId, authorId) {
      assertOpen();
      const stored = find(debateId);
      if (!stored) return [];
      // Newest first, ties by id, as the SQL store orders them.
      const mine = stored.suggestions
        .filter((s) => s.authorId === authorId)
        .sort((a, b) => compareDesc(a.createdAt, b.createdAt) || compareDesc(a.id, b.id));
      return structuredClone(mine);
    },
    async eventsAfter(debateId, afterSeq, limit) {
      assertOpen();
      const stored = find(debateId);
      if (!stored) return null;
      // Event seq n sits at index n - 1.
      const from = Math.max(0, Math.floor(afterSeq));
      return structuredClone(stored.events.slice(from, from + Math.max(0, limit)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

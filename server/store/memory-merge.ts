// The memory adapter's merges: the same pure decisions as SQL over the whole debate in memory,
// committed through the adapter's one write path (no await between reading and appending).
import { applyMerge } from '../../src/domain/merge/apply-merge';
import { withPlaces } from '../../src/domain/merge/merge-order';
import { aliasIndex, mergeStateOf, unmergeStateOf } from '../../src/domain/merge/merge-state';
import { planMerge } from '../../src/domain/merge/plan-merge';
import { planUnmerge } from '../../src/domain/merge/plan-unmerge';
import type { Id } from '../../src/domain/model';
import {
  type EventDraft,
  refuse,
  type SuggestionDraft,
  type WriteContext,
  type WriteRefusal,
} from '../../src/domain/writes';
import type { MemoryRevisions } from './memory-moderation-revisions';
import type { MemoryDebate } from './memory-writes';
import {
  blockedMessage,
  invalidMessage,
  type MergeMethods,
  type MergeResult,
  previewOf,
  type UnmergeResult,
} from './merge-port';
import { outcomeRefusal } from './merge-refusal';
import type { MarkResult } from './store';

type Write = (
  debateId: Id,
  actorId: Id,
  decide: (stored: MemoryDebate, ctx: WriteContext) => EventDraft | SuggestionDraft | WriteRefusal,
) => MarkResult;

export function createMemoryMerges(
  find: (debateId: Id) => MemoryDebate | undefined,
  assertOpen: () => void,
  write: Write,
  revisions: MemoryRevisions,
): MergeMethods {
  return {
    async previewMerge(debateId, request) {
      assertOpen();
      const stored = find(debateId);
      if (!stored) return { kind: 'no-debate' };
      const outcome = planMerge(mergeStateOf(stored.debate, request.claimIds), request);
      if (outcome.kind !== 'plan') return structuredClone(outcomeRefusal(outcome));
      return structuredClone({ kind: 'preview', preview: previewOf(outcome.plan) });
    },
    async mergeClaims(debateId, actor, request) {
      let refusal: MergeResult | null = null;
      const result = write(debateId, actor.id, ({ debate, events }, ctx) => {
        const outcome = planMerge(mergeStateOf(debate, request.claimIds), request);
        if (outcome.kind !== 'plan') {
          refusal = outcomeRefusal(outcome);
          return refuse.invalid(refusal.kind);
        }
        const draft = applyMerge(outcome.plan, request.reason);
        if (draft.kind !== 'event') {
          const reasons = outcome.plan.blocking;
          refusal = { kind: 'invalid', message: invalidMessage(reasons), reasons };
          return draft;
        }
        // A reworded survivor's old and new wordings go to its history, as an edit's would.
        const meta = { seq: events.length + 1, at: ctx.now, actorId: actor.id };
        revisions.record(debateId, draft, meta);
        return withPlaces(draft, debate);
      });
      if (refusal) return structuredClone(refusal);
      if (result.kind === 'ok' || result.kind === 'no-debate') return result;
      throw new Error(`Unexpected merge result ${result.kind}.`);
    },
    async unmergeClaims(debateId, actor, seq, reason) {
      let refusal: UnmergeResult | null = null;
      const result = write(debateId, actor.id, ({ debate, events }, ctx) => {
        const merge = Number.isInteger(seq) ? events[seq - 1] : undefined;
        if (!merge) {
          refusal = { kind: 'not-found', message: `There is no event ${seq} in this debate.` };
          return refuse.notFound(refusal.message);
        }
        const later = events.slice(seq);
        const outcome = planUnmerge(unmergeStateOf(debate, merge), merge, later, reason);
        if (outcome.kind === 'not-a-merge') {
          refusal = { kind: 'not-found', message: outcome.message };
          return refuse.notFound(outcome.message);
        }
        if (outcome.kind === 'blocked') {
          const message = blockedMessage(outcome.reasons);
          const { reasons, laterMerge } = outcome;
          refusal = { kind: 'blocked', message, reasons, ...(laterMerge ? { laterMerge } : {}) };
          return refuse.invalid(message);
        }
        // The survivor's wording before a rewording merge comes back as a new revision.
        revisions.record(debateId, outcome, {
          seq: events.length + 1,
          at: ctx.now,
          actorId: actor.id,
        });
        return outcome;
      });
      if (refusal) return structuredClone(refusal);
      if (result.kind === 'ok' || result.kind === 'no-debate') return result;
      throw new Error(`Unexpected unmerge result ${result.kind}.`);
    },
    async resolveClaimId(debateId, claimId) {
      assertOpen();
      const claims = find(debateId)?.debate.claims ?? [];
      if (claims.some((c) => c.id === claimId)) return claimId;
      return aliasIndex(claims).get(claimId) ?? null;
    },
  };
}

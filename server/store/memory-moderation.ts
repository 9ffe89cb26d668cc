// The memory adapter's moderation: the pure decisions of src/domain/moderation over the debate in
// memory, committed through the adapter's one write path. Side rows (revisions, suggestion
// status) are written inside the decision's turn with the seq the event is about to get, so
// nothing can interleave.
import type { Suggestion } from '../../src/domain/commands';
import { resolveMarkIn } from '../../src/domain/merge/merge-state';
import type { Id } from '../../src/domain/model';
import type { ModerationCommand } from '../../src/domain/moderation/commands';
import {
  decideEditClaim,
  decideEditRelation,
  decideHideClaim,
  decideHideComment,
} from '../../src/domain/moderation/decide';
import { checkPending, decideAcceptSuggestion } from '../../src/domain/moderation/review';
import { decideUndo, MODERATION_TYPES } from '../../src/domain/moderation/undo';
import { markClaimStateOf } from '../../src/domain/write-mark';
import type { EventDraft, WriteContext, WriteRefusal } from '../../src/domain/writes';
import { suggestionChanged } from '../../src/domain/writes';
import type { MemoryRevisions } from './memory-moderation-revisions';
import type { MemoryDebate } from './memory-writes';
import { declineResult, type ModerationMethods } from './moderation-port';
import type { MarkResult, WriteResult } from './store';

type Write = (
  debateId: Id,
  actorId: Id,
  decide: (stored: MemoryDebate, ctx: WriteContext) => EventDraft | WriteRefusal,
) => MarkResult;

function decide(
  stored: MemoryDebate,
  command: ModerationCommand,
  ctx: WriteContext,
): EventDraft | WriteRefusal {
  const { debate } = stored;
  const claim = (id: Id) => debate.claims.find((c) => c.id === id) ?? null;
  switch (command.kind) {
    case 'edit-claim':
      return decideEditClaim(command.claimId, claim(command.claimId), command);
    case 'edit-relation': {
      const relation = debate.relations.find((r) => r.id === command.relationId) ?? null;
      const to = command.to ?? relation?.to;
      return decideEditRelation(
        command.relationId,
        { kind: command.relationKind, to: command.to },
        {
          relation,
          targetExists: to !== undefined && claim(to) !== null,
          existing: debate.relations.find((r) => r.from === relation?.from && r.to === to),
        },
        command.reason,
      );
    }
    case 'hide-comment': {
      const comment = debate.comments.find((c) => c.id === command.commentId) ?? null;
      return decideHideComment(command.commentId, comment, command.hidden, command.reason);
    }
    case 'hide-claim': {
      const id = command.claimId;
      const related = {
        relations: debate.relations.filter((r) => r.from === id || r.to === id),
        anchors: debate.anchors.filter((a) => a.claimId === id),
      };
      return decideHideClaim(id, claim(id), related, command.hidden, command.reason);
    }
    case 'accept-suggestion': {
      const found = stored.suggestions.find((s) => s.id === command.suggestionId) ?? null;
      // Claims it names may have been merged since: it lands on their survivors.
      const suggestion = found && { ...found, mark: resolveMarkIn(debate, found.mark) };
      const state = suggestion
        ? markClaimStateOf(debate, suggestion.mark, [])
        : { post: null, comment: null, claims: new Map(), anchors: [], pending: [] };
      return decideAcceptSuggestion(command.suggestionId, suggestion, state, ctx, command.reason);
    }
    case 'undo': {
      const entry = stored.events[command.seq - 1] ?? null;
      const made = new Set(entry?.upsert.claims.map((c) => c.id));
      const refs = {
        relations: debate.relations.filter((r) => made.has(r.from) || made.has(r.to)),
        anchors: debate.anchors.filter((a) => made.has(a.claimId)),
        comments: debate.comments.filter((c) => c.target && made.has(c.target.claimId)),
      };
      return decideUndo(entry, command.seq, stored.events.slice(command.seq), command.reason, refs);
    }
  }
}

export function createMemoryModeration(
  find: (debateId: Id) => MemoryDebate | undefined,
  assertOpen: () => void,
  write: Write,
  revisions: MemoryRevisions,
): ModerationMethods {
  /** The seq of the event that accepted each suggestion, so undoing it re-opens the suggestion. */
  const acceptedBy = new Map<Id, number>();

  function sideRows(
    debateId: Id,
    stored: MemoryDebate,
    command: ModerationCommand,
    draft: EventDraft,
    meta: { seq: number; at: string; actorId: Id },
  ) {
    revisions.record(debateId, draft, meta);
    const setStatus = (id: Id, status: Suggestion['status']) => {
      const index = stored.suggestions.findIndex((s) => s.id === id);
      const found = stored.suggestions[index];
      if (found) stored.suggestions[index] = { ...found, status };
    };
    if (command.kind === 'accept-suggestion') {
      setStatus(command.suggestionId, 'accepted');
      acceptedBy.set(command.suggestionId, meta.seq);
    }
    if (draft.type === 'moderation.undone') {
      for (const [id, seq] of acceptedBy) {
        if (seq !== draft.undoes) continue;
        setStatus(id, 'pending');
        acceptedBy.delete(id);
      }
    }
  }

  return {
    async moderate(debateId, actor, command): Promise<WriteResult> {
      const result = write(debateId, actor.id, (stored, ctx) => {
        const decided = decide(stored, command, ctx);
        if (decided.kind !== 'event') return decided;
        const meta = { seq: stored.events.length + 1, at: ctx.now, actorId: actor.id };
        sideRows(debateId, stored, command, decided, meta);
        return decided;
      });
      if (result.kind === 'suggested') throw new Error('A moderation never suggests.');
      return result;
    },
    async declineSuggestion(debateId, actor, suggestionId) {
      let declined: Suggestion | null = null;
      // Through the write path: the decline commits a 'suggestion.changed' event in its turn.
      const result = write(debateId, actor.id, (stored) => {
        const index = stored.suggestions.findIndex((s) => s.id === suggestionId);
        const found = stored.suggestions[index] ?? null;
        const refusal = checkPending(suggestionId, found);
        if (refusal || !found) return refusal ?? { kind: 'not-found', message: suggestionId };
        declined = { ...found, status: 'declined' };
        stored.suggestions[index] = declined;
        return suggestionChanged({ id: suggestionId, status: 'declined' });
      });
      return declineResult(result, declined);
    },
    async listAllSuggestions(debateId) {
      assertOpen();
      const stored = find(debateId);
      if (!stored) return null;
      const ordered = [...stored.suggestions].sort(
        (a, b) =>
          (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      return structuredClone(ordered);
    },
    async claimHistory(debateId, claimId) {
      assertOpen();
      if (!find(debateId)) return null;
      return revisions.history(debateId, claimId);
    },
    async moderationEvents(debateId) {
      assertOpen();
      const stored = find(debateId);
      if (!stored) return null;
      return structuredClone(stored.events.filter((e) => MODERATION_TYPES.includes(e.type)));
    },
    async hiddenIds(debateId) {
      assertOpen();
      const stored = find(debateId);
      if (!stored) return null;
      return {
        claims: stored.debate.claims.filter((c) => c.hidden === true).map((c) => c.id),
        comments: stored.debate.comments.filter((c) => c.visibility === 'hidden').map((c) => c.id),
      };
    },
  };
}

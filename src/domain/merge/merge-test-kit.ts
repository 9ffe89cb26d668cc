// Test helpers: run merges and unmerges over a whole Debate, as the memory store does.
import { applyEvent, type DebateEvent } from '../events';
import type { Debate } from '../model';
import { type EventDraft, toEvent } from '../writes';
import { applyMerge } from './apply-merge';
import { withPlaces } from './merge-order';
import type { MergeRequest } from './merge-request';
import { mergeStateOf, unmergeStateOf } from './merge-state';
import { planMerge } from './plan-merge';
import { planUnmerge } from './plan-unmerge';

export interface Log {
  debate: Debate;
  events: DebateEvent[];
}

export function append(log: Log, draft: EventDraft): DebateEvent {
  const event = toEvent(draft, {
    debateId: log.debate.id,
    seq: log.events.length + 1,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, log.events.length)).toISOString(),
    actorId: 'u-mod',
  });
  log.debate = applyEvent(log.debate, event);
  log.events.push(event);
  return event;
}

/** Merges or throws with the refusal: for tests that expect the merge to happen. */
export function mergeIn(log: Log, request: MergeRequest): DebateEvent {
  const outcome = planMerge(mergeStateOf(log.debate, request.claimIds), request);
  if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome));
  const draft = applyMerge(outcome.plan);
  if (draft.kind !== 'event') throw new Error(draft.message);
  return append(log, withPlaces(draft, log.debate));
}

export function unmergeIn(log: Log, seq: number) {
  const merge = log.events[seq - 1] as DebateEvent;
  const outcome = planUnmerge(unmergeStateOf(log.debate, merge), merge, log.events.slice(seq));
  if (outcome.kind !== 'event') return outcome;
  return append(log, outcome);
}

/** A debate with every list sorted by id: equality that ignores where re-added rows went. */
export function byId(debate: Debate): Debate {
  const sort = <T extends { id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...debate,
    comments: sort(debate.comments),
    claims: sort(debate.claims),
    relations: sort(debate.relations),
    anchors: sort(debate.anchors),
  };
}

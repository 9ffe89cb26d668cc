// The merge half of the Store port (issue 5): preview, merge and unmerge duplicate claims, and
// resolve the ids of merged claims. Both adapters implement it over the same pure decisions in
// src/domain/merge/, and both pass store-contract-merge.ts.
import type { User } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { MergeRequest } from '../../src/domain/merge/merge-request';
import type { MergeCurrent, MergePlan } from '../../src/domain/merge/plan-merge';
import type { LaterMerge } from '../../src/domain/merge/plan-unmerge';
import type { Id } from '../../src/domain/model';

/** What a preview shows: the plan without the rows the event would carry. */
export type MergePreview = Omit<MergePlan, 'rows'>;

export function previewOf(plan: MergePlan): MergePreview {
  const { rows: _rows, ...preview } = plan;
  return preview;
}

export type MergePreviewResult =
  | { kind: 'preview'; preview: MergePreview }
  | { kind: 'no-debate' }
  /** 422: not a merge that could be made; each reason in words. */
  | { kind: 'invalid'; message: string; reasons: string[] }
  /** 409: a claim changed or went since the `expected` tags were read. */
  | { kind: 'conflict'; message: string; current: MergeCurrent };

export type MergeResult =
  | { kind: 'ok'; event: DebateEvent }
  | Exclude<MergePreviewResult, { kind: 'preview' }>;

export type UnmergeResult =
  | { kind: 'ok'; event: DebateEvent }
  | { kind: 'no-debate' }
  /** 404: no event with this seq, or it is not a merge. */
  | { kind: 'not-found'; message: string }
  /**
   * 409: later changes the undo would overwrite (or it was undone already), each in words;
   * `laterMerge` when a later merge into the same claim must be undone first.
   */
  | { kind: 'blocked'; message: string; reasons: string[]; laterMerge?: LaterMerge };

export interface MergeMethods {
  /** What merging would do, with every conflict and its resolution. Writes nothing. */
  previewMerge(debateId: Id, request: MergeRequest): Promise<MergePreviewResult>;
  /** The merge as previewed, in one transaction appending one 'claims.merged' event. */
  mergeClaims(debateId: Id, actor: User, request: MergeRequest): Promise<MergeResult>;
  /** Undoes the merge event `seq` with one 'claims.unmerged' event, or says what blocks it. */
  unmergeClaims(debateId: Id, actor: User, seq: number, reason?: string): Promise<UnmergeResult>;
  /**
   * The claim an id names now: itself when it is a claim, the survivor when it was merged, null
   * when neither (or no such debate).
   */
  resolveClaimId(debateId: Id, claimId: Id): Promise<Id | null>;
}

export function blockedMessage(reasons: readonly string[]): string {
  return `The merge cannot be undone: ${reasons.join(' ')} Undo those changes first.`;
}

export function invalidMessage(reasons: readonly string[]): string {
  return `The claims cannot be merged: ${reasons.join(' ')}`;
}

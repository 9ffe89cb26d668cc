// How the merge operations' store results become HTTP answers (shared by the three routes).
import type { Context } from 'hono';
import type { MergeCurrent } from '../../src/domain/merge/plan-merge';
import type { MergePreviewResult, MergeResult, UnmergeResult } from '../store/merge-port';
import { type ErrorBody, errorResponse } from './errors';
import { debateNotFound } from './params';

/** 422 on a merge: every reason it cannot be made, in words. */
export interface MergeRefusedBody extends ErrorBody {
  reasons: string[];
}

/** 409 on a merge: the claims as they are now (and where merged ones went), to look again. */
export interface MergeConflictBody extends ErrorBody {
  current: MergeCurrent;
}

/** 409 on an undo: each later change that the undo would overwrite, in words. */
export interface UnmergeBlockedBody extends ErrorBody {
  reasons: string[];
  /** A later merge into the same claim, to be unmerged first (merges are undone last-first). */
  laterMerge?: { seq: number; at: string; by: string };
}

export function mergeRefusal(
  c: Context,
  debateId: string,
  result: Exclude<MergePreviewResult, { kind: 'preview' }> | Exclude<MergeResult, { kind: 'ok' }>,
): Response {
  switch (result.kind) {
    case 'no-debate':
      return debateNotFound(c, debateId);
    case 'invalid':
      return c.json<MergeRefusedBody>(
        { error: { code: 'invalid', message: result.message }, reasons: result.reasons },
        422,
      );
    case 'conflict':
      return c.json<MergeConflictBody>(
        { error: { code: 'conflict', message: result.message }, current: result.current },
        409,
      );
  }
}

/**
 * `by` names who made the later merge that blocks this one, when one does (looked up by the
 * route only on such a refusal).
 */
export function unmergeRefusal(
  c: Context,
  debateId: string,
  result: Exclude<UnmergeResult, { kind: 'ok' }>,
  by = 'someone',
): Response {
  switch (result.kind) {
    case 'no-debate':
      return debateNotFound(c, debateId);
    case 'not-found':
      return errorResponse(c, 404, 'not_found', result.message);
    case 'blocked': {
      const later = result.laterMerge;
      if (!later) {
        return c.json<UnmergeBlockedBody>(
          { error: { code: 'conflict', message: result.message }, reasons: result.reasons },
          409,
        );
      }
      const first = `Unmerge merge ${later.seq} (by ${by}, ${later.at}) first: it merged into the same claim later, and merges are undone last-first.`;
      return c.json<UnmergeBlockedBody>(
        {
          error: { code: 'conflict', message: `${first} ${result.message}` },
          reasons: result.reasons,
          laterMerge: { seq: later.seq, at: later.at, by },
        },
        409,
      );
    }
  }
}

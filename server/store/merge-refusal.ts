// A merge plan's refusal or conflict as the Store port's result (shared by both adapters).
import type { MergeOutcome } from '../../src/domain/merge/plan-merge';
import { invalidMessage, type MergePreviewResult } from './merge-port';

export function outcomeRefusal(
  outcome: Exclude<MergeOutcome, { kind: 'plan' }>,
): Exclude<MergePreviewResult, { kind: 'preview' }> {
  return outcome.kind === 'refused'
    ? { kind: 'invalid', message: invalidMessage(outcome.reasons), reasons: outcome.reasons }
    : outcome;
}

// An imported log with a merge and its unmerge replays to the debate with the claims and
// relations the unmerge brought back in their old places (as applyEvent puts them), so a
// debate's own export is accepted back.
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { type Log, mergeIn, unmergeIn } from '../merge/merge-test-kit';
import { baseOf, checkDebateLog } from './debate-log';

describe('checkDebateLog and list order', () => {
  it('accepts a log whose unmerge puts rows back in the middle of their lists', () => {
    const original = smallDebate();
    const log: Log = { debate: original, events: [] };
    mergeIn(log, { claimIds: ['fares-small', 'less-traffic'], survivor: { keep: 'fares-small' } });
    unmergeIn(log, 1);
    expect(log.debate).toEqual(original);
    expect(checkDebateLog(log.debate, { base: baseOf(original), events: log.events })).toEqual({
      ok: true,
    });
  });
});

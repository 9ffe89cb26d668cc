import { describe, expect, it } from 'vitest';
import { threadedDebate } from '../../test/fixtures/threaded-debate';
import { placeComments, THREAD_REPLY_CAP } from './thread-page';
import { threadRows } from './thread-rows';

const placed = placeComments(threadedDebate().comments);
const main = placed.filter((c) => c.thread.oldest.pos <= THREAD_REPLY_CAP);
const base = {
  sort: 'oldest' as const,
  collapsed: new Set<string>(),
  cuts: new Map([['t0', 5]]),
  hasNextPage: false,
  mainEnd: null,
};

describe('threadRows', () => {
  it('puts a "more" row after a cut thread, shrinking as its replies load', () => {
    const rows = threadRows({ ...base, comments: main });
    const more = rows.findIndex((r) => r.kind === 'more');
    expect(rows[more]).toMatchObject({ parentId: 't0', hidden: 5 });
    expect(rows[more + 1]).toMatchObject({ key: 't1' });
    const two = placed.filter((c) => c.thread.oldest.pos <= THREAD_REPLY_CAP + 2);
    expect(threadRows({ ...base, comments: two }).find((r) => r.kind === 'more')).toMatchObject({
      hidden: 3,
    });
    expect(threadRows({ ...base, comments: placed }).some((r) => r.kind === 'more')).toBe(false);
  });

  it('leaves out replies under a collapsed comment, and its "more" row', () => {
    const rows = threadRows({ ...base, comments: main, collapsed: new Set(['t0']) });
    const keys = rows.map((r) => r.key);
    expect(keys[keys.indexOf('t0') + 1]).toBe('t1');
    const inner = threadRows({ ...base, comments: main, collapsed: new Set(['r0']) });
    expect(inner.map((r) => r.key)).not.toContain('r1');
    expect(inner.map((r) => r.key)).toContain('r2');
  });

  it('marks where the main pages stop when more pages follow', () => {
    const firstPage = main.slice(0, 3).sort((a, b) => a.thread.oldest.pos - b.thread.oldest.pos);
    const rows = threadRows({
      ...base,
      comments: firstPage,
      hasNextPage: true,
      mainEnd: firstPage[2] ?? null,
    });
    expect(rows.at(-1)).toEqual({ kind: 'next', key: 'next' });
  });
});

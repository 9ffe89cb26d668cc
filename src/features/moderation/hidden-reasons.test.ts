// The reasons are read from the log entries' targets, built here by the domain's real log, never
// from the summary's words (the last test rewrites them to show it).
import { describe, expect, it } from 'vitest';
import { type DebateEvent, EMPTY_UPSERT } from '../../domain/events';
import type { Comment } from '../../domain/model';
import { moderationLog } from '../../domain/moderation/log';
import { moderationEvent } from '../../domain/moderation/test-events';
import { hiddenReasons } from './hidden-reasons';

const comment: Comment = {
  id: 'c-1',
  parentId: null,
  author: 'Bo',
  createdAt: null,
  body: 'words',
  visibility: 'hidden',
  order: 0,
};

const event = (seq: number, patch: Partial<DebateEvent>) =>
  moderationEvent({ seq, actorId: 'u-1', ...patch });

describe('hiddenReasons', () => {
  it('gives each hidden comment and claim the reason of its latest hide', () => {
    const events = [
      event(1, { upsert: { ...EMPTY_UPSERT, comments: [comment] }, reason: 'first' }),
      event(2, {
        type: 'claim.hidden',
        upsert: {
          ...EMPTY_UPSERT,
          claims: [{ id: 'k-1', text: 'A "quoted" claim', hidden: true }],
        },
        reason: 'spam',
      }),
      event(3, { upsert: { ...EMPTY_UPSERT, comments: [comment] }, reason: 'second' }),
      event(4, {
        type: 'comment.unhidden',
        upsert: { ...EMPTY_UPSERT, comments: [{ ...comment, visibility: 'visible' }] },
      }),
    ];
    const reasons = hiddenReasons(moderationLog(events, events, new Map([['u-1', 'ann']])));
    expect(reasons.comments.get('c-1')).toBe('second');
    expect(reasons.claims.get('k-1')).toBe('spam');
  });

  it('says so when a hide carries no reason', () => {
    const events = [event(1, { upsert: { ...EMPTY_UPSERT, comments: [comment] } })];
    expect(hiddenReasons(moderationLog(events, events, new Map())).comments.get('c-1')).toBe(
      'no reason given',
    );
  });

  it('reads ids from the targets, not the summary, and names only the hidden claim', () => {
    const events = [
      event(1, {
        type: 'claim.hidden',
        upsert: {
          ...EMPTY_UPSERT,
          claims: [{ id: 'k-1', text: 'Words', hidden: true }],
          relations: [{ id: 'r-1', from: 'k-1', to: 'k-2', kind: 'supports' }],
        },
        reason: 'spam',
      }),
    ];
    const entries = moderationLog(events, events, new Map()).map((e) => ({
      ...e,
      summary: 'Reworded for people: nothing to parse here',
    }));
    const reasons = hiddenReasons(entries);
    expect([...reasons.claims]).toEqual([['k-1', 'spam']]);
    expect(reasons.comments.size).toBe(0);
  });
});

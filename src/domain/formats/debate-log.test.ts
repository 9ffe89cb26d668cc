import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { applyEvent, type DebateEvent, EMPTY_REMOVE, EMPTY_UPSERT } from '../events';
import type { Debate } from '../model';
import { importCruxJson } from './crux-json';
import { baseOf, checkDebateLog, type DebateLog, sameJson } from './debate-log';

function fixtureLog(): { debate: Debate; log: DebateLog } {
  const { debate, events, base } = importCruxJson(
    fixture('small-debate-with-events.crux.json').text,
    {},
  );
  return { debate, log: { base: base ?? EMPTY_UPSERT, events } };
}

/** The fixture's log with one more event, and the debate that event leaves. */
function withEvent(extra: Omit<DebateEvent, 'debateId' | 'seq' | 'at' | 'actorId'>) {
  const { debate, log } = fixtureLog();
  const event: DebateEvent = {
    debateId: debate.id,
    seq: log.events.length + 1,
    at: '2024-05-03T10:00:00Z',
    actorId: 'mod-1',
    ...extra,
  };
  return { debate: applyEvent(debate, event), log: { ...log, events: [...log.events, event] } };
}

describe('checkDebateLog', () => {
  it('keeps a log that replays from its base to the debate, and a debate as its own base', () => {
    const { debate, log } = fixtureLog();
    expect(checkDebateLog(debate, log)).toEqual({ ok: true });
    expect(checkDebateLog(debate, { base: baseOf(debate), events: [] })).toEqual({ ok: true });
    expect(checkDebateLog(smallDebate(), { base: EMPTY_UPSERT, events: [] })).toMatchObject({
      ok: false,
      seq: null,
    });
  });

  it('refuses an event that leaves the debate invalid on the way, even if a later one mends it', () => {
    const { debate, log } = fixtureLog();
    const [first, ...rest] = log.events;
    if (!first) throw new Error('the fixture has events');
    // The relation arrives one event before the claim it starts from.
    const early: DebateEvent = {
      ...first,
      upsert: { ...first.upsert, claims: [], anchors: [] },
    };
    const late: DebateEvent = {
      ...first,
      seq: 2,
      type: 'claim.marked',
      upsert: { ...EMPTY_UPSERT, claims: first.upsert.claims, anchors: first.upsert.anchors },
    };
    const shifted = rest.map((e) => ({ ...e, seq: e.seq + 1 }));
    const check = checkDebateLog(debate, { ...log, events: [early, late, ...shifted] });
    expect(check).toMatchObject({ ok: false, seq: 1 });
    expect(!check.ok && check.message).toContain('Claim "tallinn" does not exist');
  });

  it('refuses a before-state that leaves out a row the event replaces', () => {
    const { debate, log } = withEvent({
      type: 'claim.edited',
      upsert: { ...EMPTY_UPSERT, claims: [{ id: 'tallinn', text: 'Tallinn: no change.' }] },
      remove: EMPTY_REMOVE,
      before: EMPTY_UPSERT,
    });
    const check = checkDebateLog(debate, log);
    expect(check).toMatchObject({ ok: false, seq: 4 });
    expect(!check.ok && check.message).toContain('leaves out claim "tallinn"');
  });

  it('refuses an undo of nothing, of a later event, or of what it cannot take back', () => {
    const undo = (undoes: number | undefined) =>
      withEvent({
        type: 'moderation.undone',
        upsert: EMPTY_UPSERT,
        remove: EMPTY_REMOVE,
        before: EMPTY_UPSERT,
        ...(undoes === undefined ? {} : { undoes }),
      });
    for (const undoes of [undefined, 4, 9]) {
      const { debate, log } = undo(undoes);
      expect(checkDebateLog(debate, log)).toMatchObject({ ok: false, seq: 4 });
    }
    const { debate, log } = undo(1);
    const check = checkDebateLog(debate, log);
    expect(!check.ok && check.message).toContain('a comment.added, which it cannot take back');
  });

  it('refuses the removal of a claim a relation still names', () => {
    const { debate, log } = withEvent({
      type: 'claim.hidden',
      upsert: EMPTY_UPSERT,
      remove: { ...EMPTY_REMOVE, claims: ['tallinn'] },
    });
    expect(checkDebateLog(debate, log)).toMatchObject({ ok: false, seq: 4 });
  });

  it('names the last event that touched a row the debate has otherwise', () => {
    const { debate, log } = fixtureLog();
    const edited = {
      ...debate,
      claims: debate.claims.map((c) => (c.id === 'tallinn' ? { ...c, text: 'Changed.' } : c)),
    };
    expect(checkDebateLog(edited, log)).toMatchObject({ ok: false, seq: 1 });
    const reordered = { ...debate, relations: [...debate.relations].reverse() };
    expect(checkDebateLog(reordered, log)).toMatchObject({ ok: false });
  });
});

describe('sameJson', () => {
  it('ignores key order and undefined keys, nothing else', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(
      true,
    );
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
  });
});

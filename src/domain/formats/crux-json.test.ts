import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { seedDebate } from '../../seed/seed-debate';
import { exportCruxJson, importCruxJson } from './crux-json';
import { ImportError } from './errors';

interface CruxFile {
  base?: unknown;
  events: {
    seq: number;
    upsert: { claims: { text: string }[] };
    before?: { comments: { body: string }[] };
  }[];
}

function problemOf(text: string) {
  try {
    importCruxJson(text, {});
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('Crux JSON', () => {
  it('round-trips the seed debate exactly', () => {
    expect(importCruxJson(exportCruxJson(seedDebate), {})).toEqual({
      debate: seedDebate,
      events: [],
      warnings: [],
    });
  });

  it('keeps the event log with its base, and re-labels it when the debate gets another id', () => {
    const file = fixture('small-debate-with-events.crux.json').text;
    const { debate, events, base } = importCruxJson(file, {});
    expect(debate).toEqual(smallDebate('free-buses'));
    expect(events.map((e) => [e.seq, e.type, e.actorId])).toEqual([
      [1, 'comment.added', 'linus'],
      [2, 'claim.marked', 'linus'],
      [3, 'comment.hidden', 'mod-1'],
    ]);
    // Lossless: the file read and written again is the same file.
    expect(exportCruxJson(debate, events, base)).toBe(file);
    const again = importCruxJson(exportCruxJson(debate, events, base), { id: 'copy' });
    expect(again.debate.id).toBe('copy');
    expect(again.events.every((e) => e.debateId === 'copy')).toBe(true);
    expect(again.warnings).toEqual(['The events named another debate id; they now name "copy".']);
  });

  it('refuses a log that does not replay to the debate, naming the event', () => {
    const tampered = (change: (file: CruxFile) => void) => {
      const file = JSON.parse(fixture('small-debate-with-events.crux.json').text) as CruxFile;
      change(file);
      return problemOf(JSON.stringify(file));
    };
    // A before-state that was never the comment's: undoing the hide would put it back.
    const forged = tampered((file) => {
      const before = file.events[2]?.before?.comments[0];
      if (before) before.body = 'Words nobody wrote.';
    });
    expect(forged.path).toBe('$.events[2]');
    expect(forged.message).toMatch(/Event 3 \(comment.hidden\) cannot be kept: .*before-state/);
    // The event's rows and the debate disagree.
    const edited = tampered((file) => {
      const added = file.events[0]?.upsert.claims[0];
      if (added) added.text = 'Something else.';
    });
    expect(edited.path).toBe('$.events[0]');
    expect(edited.message).toContain(
      'event 1, the last to change it, leaves claim "tallinn" different from the debate',
    );
    // No base: the events alone do not build the debate.
    expect(tampered((file) => delete file.base).path).toBe('$.events[0]');
    const gap = tampered((file) => {
      const last = file.events[2];
      if (last) last.seq = 4;
    });
    expect(gap.path).toBe('$.events[2].seq');
  });

  it('keeps edits, deletions, hidden comments, targets and account ids', () => {
    const { debate } = importCruxJson(fixture('edited-deleted-targets.crux.json').text, {});
    expect(debate.comments.map((c) => [c.id, c.visibility, c.version, c.target?.stance])).toEqual([
      ['e1', 'visible', 2, 'supports'],
      ['e2', 'deleted', 3, undefined],
      ['e3', 'hidden', undefined, undefined],
    ]);
    expect(importCruxJson(exportCruxJson(debate), {}).debate).toEqual(debate);
  });

  it('keeps phrasings, aliases and hidden claims', () => {
    const debate = smallDebate('merged');
    const [first, second, ...rest] = debate.claims;
    if (!first || !second) throw new Error('the small debate has claims');
    const merged = {
      ...debate,
      claims: [
        { ...first, phrasings: ['Make buses free.'], aliases: ['free-rides'] },
        { ...second, hidden: true as const },
        ...rest,
      ],
    };
    expect(importCruxJson(exportCruxJson(merged), {}).debate).toEqual(merged);
  });

  it('reads a bare debate object', () => {
    const { debate } = importCruxJson(fixture('threaded-bare-debate.json').text, {});
    expect(debate.id).toBe('threaded');
  });

  it('refuses a broken debate with the JSON path, or the invariant it breaks', () => {
    const debate = JSON.parse(exportCruxJson(seedDebate)) as {
      debate: { claims: { text: unknown }[]; relations: { to: string }[] };
    };
    const claim = debate.debate.claims[2];
    if (claim) claim.text = 42;
    expect(problemOf(JSON.stringify(debate)).path).toBe('$.debate.claims[2].text');
    const dangling = JSON.parse(exportCruxJson(seedDebate)) as typeof debate;
    const relation = dangling.debate.relations[0];
    if (relation) relation.to = 'nowhere';
    expect(problemOf(JSON.stringify(dangling)).message).toMatch(
      /^Crux JSON: The debate breaks the model's rules: Relation ".*": Claim "nowhere" does not exist\./,
    );
    expect(problemOf('{"format": "crux", "version": 2, "debate": {}}').path).toBe('$.version');
    const events =
      '{"format": "crux", "version": 1, "debate": ' +
      JSON.stringify(seedDebate) +
      ', "events": [{"seq": 2}]}';
    expect(problemOf(events).path).toBe('$.events[0].debateId');
  });
});

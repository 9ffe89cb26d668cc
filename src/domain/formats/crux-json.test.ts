import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { seedDebate } from '../../seed/seed-debate';
import { exportCruxJson, importCruxJson } from './crux-json';
import { ImportError } from './errors';

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

  it('keeps the event log, and re-labels it when the debate gets another id', () => {
    const { debate, events } = importCruxJson(
      fixture('small-debate-with-events.crux.json').text,
      {},
    );
    expect(debate).toEqual(smallDebate('free-buses'));
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'comment.added'],
      [2, 'claim.marked'],
    ]);
    const again = importCruxJson(exportCruxJson(debate, events), { id: 'copy' });
    expect(again.debate.id).toBe('copy');
    expect(again.events.every((e) => e.debateId === 'copy')).toBe(true);
    expect(again.warnings).toEqual(['The events named another debate id; they now name "copy".']);
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

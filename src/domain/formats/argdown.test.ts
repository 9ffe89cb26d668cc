import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { structureOf } from '../../../test/fixtures/formats/structure';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { seedDebate } from '../../seed/seed-debate';
import type { Debate } from '../model';
import { parseDebate } from '../rules';
import { exportArgdown } from './argdown-export';
import { argdownCost } from './argdown-guard';
import { importArgdown, MAX_ARGDOWN_BYTES } from './argdown-import';
import { ImportError } from './errors';

const byId = (claims: Debate['claims']) => [...claims].sort((a, b) => a.id.localeCompare(b.id));
const load = (name: string) => importArgdown(fixture(name).text, { filename: name });

function problemOf(text: string) {
  try {
    importArgdown(text, {});
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('Argdown import', () => {
  it('makes one claim per equivalence class, with all its parents, referenced before defined', () => {
    const { debate, warnings } = load('equivalence-classes.argdown');
    expect(parseDebate(debate).ok).toBe(true);
    expect(warnings).toEqual([]);
    expect(debate.claims.filter((c) => c.text === 'Free buses would be overcrowded.')).toHaveLength(
      1,
    );
    expect(structureOf(debate).relations).toEqual([
      'Crowding is a sign of success, not failure. attacks Free buses would be overcrowded.',
      'Fares are a small share of what buses cost. supports Cities should make buses free.',
      'Free buses cut car traffic. supports Cities should make buses free.',
      'Free buses would be overcrowded. attacks Cities should make buses free.',
      'Free buses would be overcrowded. attacks Free buses cut car traffic.',
      'Tallinn tried it and traffic barely moved. attacks Free buses cut car traffic.',
      'Tallinn tried it and traffic barely moved. supports Free buses would be overcrowded.',
    ]);
  });

  it('reads the front matter into the post and statement titles into ids', () => {
    const { debate } = load('equivalence-classes.argdown');
    expect(debate.id).toBe('should-buses-be-free');
    expect(debate.post).toMatchObject({
      title: 'Should buses be free?',
      author: 'Ada Lovelace',
      publishedAt: '2024-05-01T09:30:00+02:00',
      sourceUrl: 'https://example.org/free-buses',
    });
    expect(debate.claims.map((c) => c.id)).toContain('less-traffic');
  });

  it('reads arguments, their premise-conclusion structure, contradictions and undercuts', () => {
    const { debate, warnings } = load('arguments-and-pcs.argdown');
    const relations = structureOf(debate).relations;
    expect(relations).toContain(
      'Spent fuel stays dangerous for thousands of years. supports Nobody knows where to put the waste.',
    );
    expect(relations).toContain(
      'Nobody knows where to put the waste. supports Nuclear power creates a waste problem nobody has solved.',
    );
    expect(relations).toContain(
      'Renewables alone can power the grid. attacks The grid needs baseload power that renewables cannot give.',
    );
    expect(relations).toContain(
      'The grid needs baseload power that renewables cannot give. attacks Renewables alone can power the grid.',
    );
    expect(warnings.some((w) => w.includes('undercut'))).toBe(true);
  });

  it('reads explicit directions and escaped characters', () => {
    const { debate } = load('directions-and-escapes.argdown');
    expect(debate.claims.map((c) => c.text)).toContain(
      'Remote work raises productivity [citation needed].',
    );
    expect(structureOf(debate).relations).toContain(
      'Commutes waste two hours a day. supports People with shorter days are healthier.',
    );
    expect(structureOf(debate).relations).toContain(
      'Offices should stay open 5 days/week. attacks Remote work raises productivity [citation needed].',
    );
  });

  it("refuses what the Argdown parser refuses, with the parser's line", () => {
    expect(problemOf('[A]: fine\n\n[B]: text [C] more').message).toBe(
      "Argdown, line 3: expected the end of the line; found '[C]' (a bracket in a statement's text is written \\[ or \\<).",
    );
    expect(problemOf('[A]: x\n  + <B>: y\n  ----\n').line).toBe(3);
  });

  it('refuses files the parser would take minutes on, naming the line, before parsing', () => {
    const hostile = `[A]: fine\n${'['.repeat(30_000)}`;
    expect(argdownCost(hostile).cost).toBeGreaterThan(250_000_000);
    const problem = problemOf(hostile);
    expect(problem.line).toBe(2);
    expect(problem.message).toContain('to be closed nearby');
    expect(problemOf('a'.repeat(MAX_ARGDOWN_BYTES + 1)).message).toMatch(
      /limited to 2048 KB, because the Argdown parser takes up to a few seconds per MB/,
    );
  });
});

describe('Argdown export and round trips', () => {
  const cases: [string, Debate][] = [
    ['the seed debate', seedDebate],
    ['the small debate', smallDebate()],
  ];

  it.each(cases)(
    'Crux → Argdown → Crux keeps every claim, relation and id of %s',
    (_name, debate) => {
      const back = importArgdown(exportArgdown(debate), {}).debate;
      expect(byId(back.claims)).toEqual(byId(debate.claims));
      expect(structureOf(back).relations).toEqual(structureOf(debate).relations);
      expect(back.post).toEqual(debate.post);
    },
  );

  it('keeps phrasings as more definitions of the same statement, and hidden claims and aliases', () => {
    const debate = smallDebate('merged');
    const [first, second, ...rest] = debate.claims;
    if (!first || !second) throw new Error('the small debate has claims');
    const merged: Debate = {
      ...debate,
      claims: [
        {
          ...first,
          phrasings: ['Buses should cost nothing {to} ride.', 'Make buses free.'],
          aliases: ['free-rides'],
        },
        { ...second, hidden: true },
        ...rest,
      ],
    };
    const back = importArgdown(exportArgdown(merged), {});
    expect(byId(back.debate.claims)).toEqual(byId(merged.claims));
    expect(back.warnings).toEqual([]);
  });

  it('reads other definitions of a statement as its phrasings, the last one as its words', () => {
    const { debate } = importArgdown(
      '[A]: First words.\n\n[A]: Second words.\n  + [B]: A reason.',
      {},
    );
    expect(debate.claims[0]).toEqual({
      id: 'a',
      text: 'Second words.',
      phrasings: ['First words.'],
    });
  });

  it('writes a claim with two parents once in full and once as a reference', () => {
    const text = exportArgdown(seedDebate);
    const twoParents = seedDebate.relations.find(
      (r, i) => seedDebate.relations.findIndex((s) => s.from === r.from) !== i,
    );
    const id = twoParents?.from ?? '';
    expect(text.split('\n').filter((l) => l.includes(`[${id}]: `))).toHaveLength(1);
    expect(text.split('\n').filter((l) => l.trimEnd().endsWith(`[${id}]`)).length).toBeGreaterThan(
      0,
    );
  });

  it.each([
    'Brackets [like this], <angles>, @mentions, #tags and {data}.',
    'Emphasis *stars* and _underscores_, a // comment and a /* block */.',
    'Shortcodes :smile: and .forall. stay words; so do e.g. and 3.5 and a: b.',
    'Back\\slash, 50% - dashes (parens), and “quotes” — fine.',
  ])('escapes text so it reads back as written: %s', (text) => {
    const debate: Debate = {
      ...smallDebate(),
      claims: [{ id: 'only', text }],
      relations: [],
      anchors: [],
    };
    expect(importArgdown(exportArgdown(debate), {}).debate.claims).toEqual([{ id: 'only', text }]);
  });

  it.each([
    'equivalence-classes.argdown',
    'arguments-and-pcs.argdown',
    'directions-and-escapes.argdown',
  ])('Argdown → Crux → Argdown → Crux keeps the structure of %s', (name) => {
    const first = load(name).debate;
    const second = importArgdown(exportArgdown(first), {}).debate;
    expect(structureOf(second)).toEqual(structureOf(first));
    expect(byId(second.claims)).toEqual(byId(first.claims));
  });

  it('reads a map just under the size limit: its ordinary brackets stay far inside the budget', () => {
    const block = (i: number) =>
      `[Claim ${i}]: Cities should do thing ${i}.\n  + <Reason ${i}>: It cut costs elsewhere.\n  - [Risk ${i}]: It needs staff.\n\n`;
    const blocks: string[] = [];
    for (let i = 0, size = 0; size < MAX_ARGDOWN_BYTES - 200; i++) {
      blocks.push(block(i));
      size += block(i).length;
    }
    const text = blocks.join('');
    expect(text.length).toBeGreaterThan(MAX_ARGDOWN_BYTES * 0.99);
    expect(argdownCost(text).cost).toBeLessThan(250_000_000 / 10);
    const imported = importArgdown(text, { filename: 'big.argdown' });
    expect(imported.debate.claims.length).toBe(blocks.length * 3);
  });
});

import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { structureOf } from '../../../test/fixtures/formats/structure';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { seedDebate } from '../../seed/seed-debate';
import type { Debate } from '../model';
import { parseDebate } from '../rules';
import { ImportError } from './errors';
import { exportKialo } from './kialo-export';
import { importKialo, parseHeader } from './kialo-import';
import { readKialoText, writeKialoText } from './kialo-text';

const load = (name: string) => importKialo(fixture(name).text, {});

function relationsOf(debate: Debate): string[] {
  return structureOf(debate).relations;
}

function problemOf(text: string) {
  try {
    importKialo(text, {});
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('Kialo import, older dialect', () => {
  const { debate, warnings } = load('older-dialect.txt');

  it('reads one claim per line with its stance, and the title', () => {
    expect(parseDebate(debate).ok).toBe(true);
    expect(debate.post.title).toBe('Should zoos exist?');
    expect(debate.claims).toHaveLength(7);
    expect(debate.claims[5]?.text).toBe(
      'Elephants in zoos live shorter lives than wild ones (Clubb et al., 2008).',
    );
    expect(warnings).toEqual([]);
  });

  it('turns a forward "-> See" into one more parent of the same claim, never a copy', () => {
    const modern = 'Modern zoos give animals large, enriched enclosures.';
    expect(debate.claims.filter((c) => c.text === modern)).toHaveLength(1);
    expect(relationsOf(debate)).toContain(
      `${modern} supports Zoos protect endangered species through breeding programmes.`,
    );
    expect(relationsOf(debate)).toContain(
      `${modern} attacks Keeping wild animals in captivity is cruel.`,
    );
  });

  it('states the thesis in the post, anchored', () => {
    expect(debate.post.paragraphs).toEqual(['Zoos should exist.']);
    expect(structureOf(debate).anchors).toEqual(['Zoos should exist. @ post: Zoos should exist.']);
  });
});

describe('Kialo import, newer dialect', () => {
  const { debate } = load('newer-dialect.txt');

  it('reads text on the following lines, joined, with citations resolved and escapes removed', () => {
    expect(debate.post.title).toBe('Should cities ban cars from their centres?');
    expect(debate.claims.map((c) => c.text)).toEqual([
      'Cities should ban private cars from their centres.',
      'Car-free centres have cleaner air.[1](https://example.org/air-quality)',
      'Pollution just moves to the ring roads.',
      'Shops in car-free centres lose customers who drive in from the suburbs.',
      'Footfall rose in [Pontevedra](https://example.org/pontevedra) after its ban (and in Oslo).[2: A city council report, 2019]',
    ]);
  });

  it('follows "-> See" into a cycle (an attack on the thesis by the thesis\'s own child)', () => {
    expect(relationsOf(debate)).toContain(
      'Cities should ban private cars from their centres. attacks Pollution just moves to the ring roads.',
    );
    expect(debate.relations).toHaveLength(6);
  });
});

describe('Kialo import, "-> See" chains', () => {
  it('resolves a See to a See, and says when two stances collide', () => {
    const { debate, warnings } = load('see-chains-and-cycles.txt');
    expect(debate.claims).toHaveLength(3);
    expect(warnings[0]).toMatch(/^2 pairs of claims both supported and attacked each other/);
  });

  it('refuses a loop of Sees, a missing target, a gap in the numbering, a missing stance', () => {
    expect(
      problemOf('Discussion Title: T\n1. A\n1.1. Pro: -> See 1.2.\n1.2. Con: -> See 1.1.'),
    ).toMatchObject({
      line: 3,
      message: expect.stringContaining('a loop of "-> See" lines'),
    });
    expect(problemOf('Discussion Title: T\n1. A\n1.1. Pro: -> See 1.9.').message).toBe(
      'Kialo, line 3: expected "-> See" to name a claim in this file; found 1.9..',
    );
    expect(problemOf('Discussion Title: T\n1. A\n1.2.1. Pro: B')).toMatchObject({ line: 3 });
    expect(problemOf('Discussion Title: T\n1. A\n1.1. B is true').message).toBe(
      'Kialo, line 3: expected "1.1. Pro:" or "1.1. Con:"; found no stance.',
    );
    expect(problemOf('Hello\n1. A').message).toBe(
      'Kialo, line 1: expected "Discussion Title: …", "Discussion Name:" or a first claim "1. …"; found "Hello".',
    );
    expect(problemOf('Discussion Name:\nT\n\n1. Thesis:\n\n  1.1. Pro:\n  x').message).toBe(
      'Kialo, line 5: expected the text of claim 1.; found nothing.',
    );
  });
});

describe('Kialo text', () => {
  it.each([
    'Plain words.',
    'A (parenthesis) and a [link](https://example.org/a_(b)) and a \\ backslash',
    "Escapes \\( that look like Kialo's own",
    '[1] is not a citation here',
  ])('writing then reading gives back %s', (text) => {
    expect(readKialoText(writeKialoText(text), new Map())).toBe(text);
  });

  it('reads claim headers of both dialects and nothing else', () => {
    expect(parseHeader('  1.2.3. Pro: text')).toEqual({
      number: '1.2.3',
      stance: 'pro',
      rest: 'text',
    });
    expect(parseHeader('1. Thesis:')).toEqual({ number: '1', stance: 'thesis', rest: '' });
    expect(parseHeader('1. A thesis')).toEqual({ number: '1', stance: null, rest: 'A thesis' });
    expect(parseHeader('2.5 million people')).toBeNull();
    expect(parseHeader('1984 was a year')).toBeNull();
  });
});

describe('Kialo export and round trips', () => {
  it('writes the newer dialect with "-> See" for second parents', () => {
    const text = exportKialo(seedDebate);
    expect(text.startsWith(`Discussion Name:\n${seedDebate.post.title}\n\n1. Thesis:\n`)).toBe(
      true,
    );
    const sees = text.split('\n').filter((l) => l.trim().startsWith('-> See '));
    const parents = new Map<string, number>();
    for (const r of seedDebate.relations) parents.set(r.from, (parents.get(r.from) ?? 0) + 1);
    const extra = [...parents.values()].reduce((n, p) => n + p - 1, 0);
    expect(sees).toHaveLength(extra);
  });

  it.each([
    ['the seed debate', seedDebate],
    ['the small debate', smallDebate()],
  ])('Crux → Kialo → Crux keeps every claim and relation of %s', (_name, debate) => {
    const back = importKialo(exportKialo(debate), {}).debate;
    expect(structureOf(back).claims).toEqual(structureOf(debate).claims);
    expect(structureOf(back).relations).toEqual(structureOf(debate).relations);
  });

  it.each(['older-dialect.txt', 'newer-dialect.txt', 'see-chains-and-cycles.txt'])(
    'Kialo → Crux → Kialo → Crux keeps the structure of %s',
    (name) => {
      const first = load(name).debate;
      const second = importKialo(exportKialo(first), {}).debate;
      expect(structureOf(second)).toEqual(structureOf(first));
    },
  );
});

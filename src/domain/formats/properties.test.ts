// Property tests: random mutations of every fixture never crash an importer (only its typed
// ImportError) and never yield a debate that breaks the model's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_FIXTURES, type FormatFixture } from '../../../test/fixtures/formats';
import { parseDebate } from '../rules';
import { ImportError } from './errors';
import { IMPORTERS, importDebate } from './index';

const SYNTAX: Record<FormatFixture['format'], string[]> = {
  aif: ['{', '}', '[', ']', '"', ',', ':', 'null', '"nodeID"', '"RA"', '"YA"', '"L"', '"TA"'],
  argdown: [
    '[',
    ']',
    '<',
    '>',
    '+',
    '-',
    '_',
    '\n  ',
    '\n',
    '(1)',
    '----',
    '{',
    '}',
    '#',
    '/*',
    '===',
  ],
  kialo: ['\n', '1.', '1.1.', 'Pro:', 'Con:', '-> See 1.1.', '  ', '\\(', '[1]', 'Sources:'],
  wordpress: [
    '<',
    '>',
    '</p>',
    '<p>',
    '&amp;',
    '&',
    '"',
    '{',
    '}',
    ']]>',
    '<![CDATA[',
    '"parent": 1',
  ],
  crux: ['{', '}', '"', ',', 'null', '"id"', '"parentId"', '"position"', '0', '-1'],
};

type Mutation = (text: string) => string;

function mutation(format: FormatFixture['format']): fc.Arbitrary<Mutation> {
  // Uniform positions (fc.double favours 0 and 1, which would mostly hit the first line).
  const at = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);
  const token = fc.oneof(fc.constantFrom(...SYNTAX[format]), fc.string({ maxLength: 6 }));
  const index = (text: string, where: number) => Math.floor(where * text.length);
  // Each mutation prints what it does, so a counterexample reads as the edit that broke things.
  const named = (description: string, run: Mutation): Mutation =>
    Object.assign(run, { toString: () => description });
  return fc.oneof(
    fc.tuple(at, at).map(([a, b]) =>
      named(`delete at ${a}`, (t) => {
        const [from, to] = [index(t, Math.min(a, b)), index(t, Math.max(a, b))];
        return t.slice(0, from) + t.slice(Math.min(to, from + 40));
      }),
    ),
    fc
      .tuple(at, token)
      .map(([a, s]) =>
        named(
          `insert ${JSON.stringify(s)} at ${a}`,
          (t) => t.slice(0, index(t, a)) + s + t.slice(index(t, a)),
        ),
      ),
    fc
      .tuple(at, token)
      .map(([a, s]) =>
        named(
          `replace at ${a} with ${JSON.stringify(s)}`,
          (t) => t.slice(0, index(t, a)) + s + t.slice(index(t, a) + 1),
        ),
      ),
    at.map((a) => named(`truncate at ${a}`, (t) => t.slice(0, index(t, a)))),
    fc.tuple(at, at).map(([a, b]) =>
      named(`swap lines at ${a} and ${b}`, (t) => {
        const lines = t.split('\n');
        const i = Math.floor(a * lines.length);
        const j = Math.floor(b * lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
        return lines.join('\n');
      }),
    ),
    at.map((a) =>
      named(`repeat line at ${a}`, (t) => {
        const lines = t.split('\n');
        const i = Math.floor(a * lines.length);
        lines.splice(i, 0, lines[i] ?? '');
        return lines.join('\n');
      }),
    ),
  );
}

/** For JSON formats: replace, drop or duplicate a value somewhere in the tree. */
function jsonMutation(): fc.Arbitrary<(value: unknown) => unknown> {
  const replacement = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -3, max: 1000 }),
    fc.string({ maxLength: 8 }),
    fc.constant([]),
    fc.constant({}),
    fc.constant(undefined),
  );
  return fc.tuple(fc.nat(), replacement).map(([pick, value]) =>
    Object.assign(
      (root: unknown) => {
        const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
        const visit = (node: unknown) => {
          if (Array.isArray(node))
            node.forEach((child, i) => {
              slots.push({ parent: node, key: i });
              visit(child);
            });
          else if (node && typeof node === 'object') {
            for (const [key, child] of Object.entries(node)) {
              slots.push({ parent: node as Record<string, unknown>, key });
              visit(child);
            }
          }
        };
        visit(root);
        const slot = slots[pick % Math.max(1, slots.length)];
        if (!slot) return root;
        if (Array.isArray(slot.parent) && typeof slot.key === 'number' && pick % 3 === 0) {
          slot.parent.splice(slot.key, 0, structuredClone(slot.parent[slot.key]));
        } else (slot.parent as Record<string | number, unknown>)[slot.key] = value;
        return root;
      },
      { toString: () => `value ${pick} := ${JSON.stringify(value)}` },
    ),
  );
}

/** Runs one import: true when it gave a valid debate, false for an ImportError; else fails. */
function expectTypedOrValid(run: () => { debate: unknown }): boolean {
  try {
    const { debate } = run();
    const parsed = parseDebate(debate);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    return true;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return false;
  }
}

describe.each(FORMAT_FIXTURES)('mutations of $filename', ({ format, filename, text }) => {
  const importer = IMPORTERS[format];

  it('never crash the importer nor break an invariant (text mutations)', () => {
    let imported = 0;
    fc.assert(
      fc.property(fc.array(mutation(format), { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce((t, m) => m(t), text);
        if (expectTypedOrValid(() => importer(mutated, { filename }))) imported++;
      }),
      { numRuns: format === 'argdown' ? 40 : 80 },
    );
    // Some mutants must get through, or the property only ever tested the error path. Crux JSON
    // is the strict, lossless format: nearly any edit to it is refused.
    if (format !== 'crux') expect(imported).toBeGreaterThan(0);
  });

  if (
    format === 'aif' ||
    format === 'crux' ||
    (format === 'wordpress' && filename.endsWith('.json'))
  ) {
    it('never crash the importer nor break an invariant (JSON value mutations)', () => {
      let imported = 0;
      fc.assert(
        fc.property(fc.array(jsonMutation(), { minLength: 1, maxLength: 4 }), (mutations) => {
          const tree = mutations.reduce((value, m) => m(value), JSON.parse(text) as unknown);
          if (expectTypedOrValid(() => importer(JSON.stringify(tree) ?? 'null', { filename }))) {
            imported++;
          }
        }),
        { numRuns: 120 },
      );
      // Crux JSON is the strict, lossless format: nearly any changed value is refused.
      if (format !== 'crux') expect(imported).toBeGreaterThan(0);
    });
  }
});

describe('importDebate', () => {
  it('never throws for any text: it guesses, imports or says why not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const outcome = importDebate(text);
        if (outcome.ok) expect(parseDebate(outcome.debate).ok).toBe(true);
        else expect(outcome.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { explainStatus, type GroundedLabel, groundedLabelling } from './grounded';
import type { Relation } from './model';
import { canRelate } from './rules';
import { claim, claims, rel } from './test-fixtures';

/** `attacks('a>b', 'b>c')`: a attacks b, b attacks c. */
function attackGraph(ids: string[], ...edges: string[]) {
  return attackGraphFrom(ids, edges);
}

function attackGraphFrom(ids: string[], edges: string[]) {
  const relations: Relation[] = edges.map((edge, i) => {
    const [from = '', to = ''] = edge.split('>');
    return rel(`r${i}`, from, to, 'attacks');
  });
  return buildGraph(
    ids.map((id) => claim(id)),
    relations,
  );
}

function labels(graph: ReturnType<typeof buildGraph>): Record<string, GroundedLabel> {
  return Object.fromEntries([...groundedLabelling(graph)].map(([id, s]) => [id, s.label]));
}

describe('groundedLabelling', () => {
  it('labels unattacked claims in', () => {
    expect(labels(attackGraph(['a', 'b']))).toEqual({ a: 'in', b: 'in' });
  });

  it('follows a chain: the last attacker stands, so the first claim is reinstated', () => {
    // c attacks b attacks a
    expect(labels(attackGraph(['a', 'b', 'c'], 'b>a', 'c>b'))).toEqual({
      a: 'in',
      b: 'out',
      c: 'in',
    });
    // d attacks c attacks b attacks a
    expect(labels(attackGraph(['a', 'b', 'c', 'd'], 'b>a', 'c>b', 'd>c'))).toEqual({
      a: 'out',
      b: 'in',
      c: 'out',
      d: 'in',
    });
  });

  it('leaves an even cycle undecided (grounded is sceptical)', () => {
    expect(labels(attackGraph(['a', 'b'], 'a>b', 'b>a'))).toEqual({
      a: 'undecided',
      b: 'undecided',
    });
  });

  it('leaves an odd cycle, and what it alone attacks, undecided', () => {
    expect(labels(attackGraph(['a', 'b', 'c', 'd'], 'a>b', 'b>c', 'c>a', 'c>d'))).toEqual({
      a: 'undecided',
      b: 'undecided',
      c: 'undecided',
      d: 'undecided',
    });
  });

  it('breaks a cycle from outside: an unattacked attacker decides it', () => {
    // x attacks a; a and b attack each other
    expect(labels(attackGraph(['a', 'b', 'x'], 'a>b', 'b>a', 'x>a'))).toEqual({
      a: 'out',
      b: 'in',
      x: 'in',
    });
  });

  it('lets one standing attacker defeat a claim whatever the others', () => {
    expect(labels(attackGraph(['t', 'u', 'v', 'w'], 'u>t', 'v>t', 'w>v'))).toEqual({
      t: 'out',
      u: 'in',
      v: 'out',
      w: 'in',
    });
  });

  it('ignores supports', () => {
    const graph = buildGraph(claims('a', 'b'), [rel('r', 'b', 'a', 'supports')]);
    expect(labels(graph)).toEqual({ a: 'in', b: 'in' });
    expect(groundedLabelling(graph).get('a')).toMatchObject({ supportCount: 1, attackCount: 0 });
  });

  it('refuses self-defeat at input, so no claim attacks itself', () => {
    const graph = buildGraph(claims('a'), []);
    expect(canRelate(graph, { from: 'a', to: 'a', kind: 'attacks' })).toMatchObject({ ok: false });
  });

  it('handles a 100,000-claim chain without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    const edges = ids.slice(1).map((id, i) => `${id}>c${i}`);
    const result = groundedLabelling(attackGraphFrom(ids, edges));
    expect(result.get(`c${n - 1}`)?.label).toBe('in');
    expect(result.get('c0')?.label).toBe(n % 2 === 0 ? 'out' : 'in');
  });

  it('is a complete labelling: in iff all attackers out, out iff some attacker in', () => {
    const edge = fc.tuple(fc.nat(11), fc.nat(11)).filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(fc.uniqueArray(edge, { selector: ([a, b]) => `${a}>${b}` }), (pairs) => {
        const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
        const statuses = groundedLabelling(
          attackGraph(ids, ...pairs.map(([a, b]) => `n${a}>n${b}`)),
        );
        for (const status of statuses.values()) {
          const attackerLabels = status.attackers.map((a) => statuses.get(a)?.label);
          if (status.label === 'in') expect(attackerLabels.every((l) => l === 'out')).toBe(true);
          if (status.label === 'out') expect(attackerLabels).toContain('in');
          if (status.label === 'undecided') {
            expect(attackerLabels).not.toContain('in');
            expect(attackerLabels).toContain('undecided');
          }
        }
      }),
    );
  });
});

describe('explainStatus', () => {
  const textOf = (id: string) => `Claim ${id}`;
  it('says why a claim stands or falls, in plain words', () => {
    const graph = attackGraph(['a', 'b', 'c', 'x', 'y'], 'b>a', 'c>a', 'x>b', 'y>c');
    const statuses = groundedLabelling(graph);
    const explain = (id: string) => {
      const status = statuses.get(id);
      if (!status) throw new Error(id);
      return explainStatus(status, textOf);
    };
    expect(explain('a')).toBe('Stands: both rebuttals have been answered.');
    expect(explain('b')).toBe('Rebutted by: “Claim x”');
    expect(explain('x')).toBe('Stands: nobody has rebutted it.');
  });

  it('explains a cycle', () => {
    const statuses = groundedLabelling(attackGraph(['a', 'b'], 'a>b', 'b>a'));
    const status = statuses.get('a');
    expect(status && explainStatus(status, textOf)).toMatch(/^Undecided/);
  });
});

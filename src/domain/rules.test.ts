import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchoring';
import { buildGraph } from './graph';
import type { Debate } from './model';
import { canRelate, LINK_RULES, parseDebate, validateDebate } from './rules';
import { claims, comment, rel } from './test-fixtures';
import { postText } from './text';

const graph = buildGraph(claims('a', 'b', 'c'), [rel('r1', 'b', 'a')]);

describe('canRelate', () => {
  it('allows a new link between existing claims, including the reverse of an existing one', () => {
    expect(canRelate(graph, { from: 'c', to: 'a', kind: 'attacks' })).toEqual({ ok: true });
    expect(canRelate(graph, { from: 'a', to: 'b', kind: 'attacks' })).toEqual({ ok: true });
  });

  it.each([
    [{ from: 'zz', to: 'a' }, 'Claim "zz" does not exist.'],
    [{ from: 'a', to: 'zz' }, 'Claim "zz" does not exist.'],
    [{ from: 'a', to: 'a' }, 'A claim cannot support or attack itself.'],
    [{ from: 'b', to: 'a' }, /already supports claim "a" \(relation "r1"\)/],
  ] as const)('refuses %o', (link, reason) => {
    const check = canRelate(graph, { ...link, kind: 'attacks' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('has one rule per reason, each named', () => {
    expect(LINK_RULES.map((r) => r.name)).toEqual([
      'from-exists',
      'to-exists',
      'not-self',
      'not-duplicate',
    ]);
  });
});

function sampleDebate(): Debate {
  const post = {
    title: 'A post',
    author: 'Ann',
    publishedAt: '2012-03-01T09:30:00.000Z',
    sourceUrl: 'https://example.org/post',
    paragraphs: ['Taxes should rise.', 'Growth follows investment.'],
  };
  const k1 = comment('k1', null, { body: 'No, growth follows demand.' });
  return {
    id: 'd1',
    post,
    comments: [k1, comment('k2', 'k1'), comment('k3', 'missing-parent')],
    claims: claims('a', 'b'),
    relations: [rel('r1', 'b', 'a', 'attacks')],
    anchors: [
      {
        id: 'n1',
        claimId: 'a',
        source: { kind: 'post' },
        ...anchorQuote(postText(post), 'Taxes should rise'),
      },
      {
        id: 'n2',
        claimId: 'b',
        source: { kind: 'comment', commentId: 'k1' },
        ...anchorQuote(k1.body, 'growth follows demand'),
      },
    ],
  };
}

describe('validateDebate', () => {
  it('finds nothing wrong with a consistent debate (a missing comment parent is fine)', () => {
    expect(validateDebate(sampleDebate())).toEqual([]);
  });

  it('reports each kind of problem with the offending ids', () => {
    const d = sampleDebate();
    d.claims.push({ id: 'a', text: 'dup' });
    d.comments.push(comment('k1', null), comment('k9', 'k9'));
    d.relations.push(
      rel('r1', 'a', 'b'),
      rel('r2', 'ghost', 'a'),
      rel('r3', 'a', 'a'),
      rel('r4', 'b', 'a', 'supports'),
    );
    const [n1, n2] = d.anchors;
    if (!n1 || !n2) throw new Error('fixture');
    d.anchors.push(
      { ...n1, id: 'n1' },
      { ...n1, id: 'n3', claimId: 'gone' },
      { ...n2, id: 'n4', source: { kind: 'comment', commentId: 'nope' } },
      { ...n1, id: 'n5', position: { start: 1, end: 6 } },
    );
    const problems = validateDebate(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Duplicate claim id "a".',
        'Duplicate comment id "k1".',
        'Duplicate relation id "r1".',
        'Duplicate anchor id "n1".',
        'Comment "k9" replies to itself.',
        'Relation "r2": Claim "ghost" does not exist.',
        'Relation "r3": A claim cannot support or attack itself.',
        expect.stringMatching(
          /^Relation "r4": Claim "b" already attacks claim "a" \(relation "r1"\)/,
        ),
        'Anchor "n3" belongs to missing claim "gone".',
        'Anchor "n4" is in missing comment "nope".',
        'Anchor "n5": quote "Taxes should rise" is not at 1–6 in the post (found "axes ").',
      ]),
    );
    expect(problems).toHaveLength(11);
  });

  it('counts anchors in a comment in its plain text, not its Markdown', () => {
    const d = sampleDebate();
    d.comments.push(comment('md', null, { body: 'Fares **should** go.' }));
    d.anchors.push({
      id: 'n-md',
      claimId: 'a',
      source: { kind: 'comment', commentId: 'md' },
      ...anchorQuote('Fares should go.', 'should go'),
    });
    expect(validateDebate(d)).toEqual([]);
    const stale = d.anchors.at(-1);
    if (!stale) throw new Error('fixture');
    // Where "should go" starts in the Markdown source is not where it is in the plain text.
    stale.position = { start: 8, end: 17 };
    expect(validateDebate(d)).toEqual([
      'Anchor "n-md": quote "should go" is not at 8–17 in comment "md" (found "ould go.").',
    ]);
  });

  it('exempts an orphaned anchor from the words check, not from the claim and source checks', () => {
    const d = sampleDebate();
    const n2 = d.anchors[1];
    if (!n2) throw new Error('fixture');
    n2.position = { start: 100, end: 121 };
    n2.orphaned = true;
    expect(validateDebate(d)).toEqual([]);
    n2.claimId = 'gone';
    expect(validateDebate(d)).toEqual(['Anchor "n2" belongs to missing claim "gone".']);
  });

  it('reports a quote beyond the end of its comment', () => {
    const d = sampleDebate();
    const n2 = d.anchors[1];
    if (!n2) throw new Error('fixture');
    n2.position = { start: 100, end: 121 };
    expect(validateDebate(d)).toEqual([
      'Anchor "n2": quote "growth follows demand" is not at 100–121 in comment "k1" (found "").',
    ]);
  });
});

describe('parseDebate', () => {
  it('accepts a consistent debate', () => {
    const result = parseDebate(JSON.parse(JSON.stringify(sampleDebate())));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.debate.claims).toHaveLength(2);
  });

  it('formats schema errors as path: message', () => {
    const bad = JSON.parse(JSON.stringify(sampleDebate()));
    bad.comments[1].parentId = 'Not An Id';
    bad.relations[0].kind = 'loves';
    const result = parseDebate(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringMatching(/^comments\.1\.parentId: an id is 1–64 lowercase/),
      expect.stringMatching(/^relations\.0\.kind: /),
    ]);
  });

  it('reports a non-object at the root', () => {
    const result = parseDebate('nope');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^\(root\): /)] });
  });

  it('refuses a schema-valid but inconsistent debate with the invariant messages', () => {
    const d = sampleDebate();
    d.relations.push(rel('r9', 'a', 'a'));
    expect(parseDebate(d)).toEqual({
      ok: false,
      errors: ['Relation "r9": A claim cannot support or attack itself.'],
    });
  });
});

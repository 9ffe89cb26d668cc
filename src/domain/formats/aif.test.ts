import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { aifByText, aifStructure, structureOf } from '../../../test/fixtures/formats/structure';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { seedDebate } from '../../seed/seed-debate';
import { anchorQuote } from '../anchoring';
import type { Debate } from '../model';
import { parseDebate } from '../rules';
import { exportAif } from './aif-export';
import { importAif } from './aif-import';
import { ImportError } from './errors';

const load = (name: string) => importAif(fixture(name).text, { filename: name });

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('AIF import: an AIFdb nodeset', () => {
  const { debate, warnings } = load('aifdb-moral-maze.json');
  const text = (id: string) => debate.claims.find((c) => c.id === id)?.text;

  it('makes a valid debate with one claim per proposition, rephrasings as its phrasings', () => {
    expect(parseDebate(debate).ok).toBe(true);
    expect(debate.claims.map((c) => c.text)).toEqual([
      'the state should pay for the arts',
      'The arts make life worth living',
      'Taxpayers who never go to the opera should not pay for it',
      'everyone benefits from a culture they may never see directly',
      'Subsidy keeps tickets cheap',
    ]);
    expect(debate.claims[1]?.phrasings).toEqual(['The arts make life worth living for everyone']);
  });

  it('turns RA into supports and CA into attacks, one relation per premise', () => {
    const relations = debate.relations.map((r) => `${text(r.from)} ${r.kind} ${text(r.to)}`);
    expect(relations).toEqual([
      'The arts make life worth living supports the state should pay for the arts',
      'Taxpayers who never go to the opera should not pay for it attacks the state should pay for the arts',
      'everyone benefits from a culture they may never see directly supports Taxpayers who never go to the opera should not pay for it',
      'Subsidy keeps tickets cheap supports Taxpayers who never go to the opera should not pay for it',
    ]);
  });

  it('turns locutions into comments in order, speaker as author, TA as the reply they answer', () => {
    expect(debate.comments.map((c) => [c.author, c.body, c.parentId, c.createdAt])).toEqual([
      ['Paxman', 'Should the state pay for the arts at all?', null, '2016-10-09T21:03:12Z'],
      [
        'Buxton',
        'The arts make life worth living, so yes the state should pay for the arts',
        'locution-501',
        '2016-10-09T21:03:40Z',
      ],
      [
        'Taylor',
        'Taxpayers who never go to the opera should not pay for it',
        'locution-504',
        '2016-10-09T21:04:05Z',
      ],
      [
        'Buxton',
        'Everyone benefits from a culture they may never see directly, and subsidy keeps tickets cheap',
        'locution-510',
        null,
      ],
    ]);
  });

  it('anchors L → YA → I where the locution holds the words, and says which could not be', () => {
    expect(structureOf(debate).anchors).toEqual([
      'Subsidy keeps tickets cheap @ comment "Everyone benefits from a culture they ma": subsidy keeps tickets cheap',
      'Taxpayers who never go to the opera should not pay for it @ comment "Taxpayers who never go to the opera shou": Taxpayers who never go to the opera should not pay for it',
      'The arts make life worth living @ comment "The arts make life worth living, so yes ": The arts make life worth living',
      'everyone benefits from a culture they may never see directly @ comment "Everyone benefits from a culture they ma": Everyone benefits from a culture they may never see directly',
    ]);
    expect(warnings).toContain(
      "1 locution could not be anchored: the words of the proposition are not in the locution's text: YA node 503.",
    );
    expect(warnings.some((w) => w.startsWith('2 illocutions (YA) not between'))).toBe(true);
    expect(warnings).toContain('1 preference (PA) left out: Crux has no preferences: node 524.');
  });

  it("writes the same selectors anchorQuote would for the words' first occurrence", () => {
    for (const anchor of debate.anchors) {
      const comment = debate.comments.find(
        (c) => anchor.source.kind === 'comment' && c.id === anchor.source.commentId,
      );
      const { quote, position } = anchorQuote(comment?.body ?? '', anchor.quote.exact);
      expect({ quote: anchor.quote, position: anchor.position }).toEqual({ quote, position });
    }
  });

  it('titles the post from the file name, since a nodeset has no title', () => {
    expect(debate.id).toBe('aifdb-moral-maze');
    expect(debate.post.title).toBe('aifdb-moral-maze');
    expect(debate.post.paragraphs).toEqual(['Imported from AIF: 5 propositions and 4 locutions.']);
  });
});

describe('AIF import: quirks', () => {
  it('reads numeric ids and leaves out what it cannot use, saying so', () => {
    const { debate, warnings } = load('numeric-ids-quirks.json');
    expect(debate.claims).toHaveLength(6);
    expect(debate.relations.map((r) => r.kind)).toEqual([
      'supports',
      'supports',
      'attacks',
      'attacks',
    ]);
    expect(warnings).toEqual([
      '1 repeated node id: the first of each was kept: 2.',
      '1 edge to or from a missing node left out: node 99.',
      '1 empty proposition left out: node 9.',
      '1 inference or conflict aimed at another inference (an undercut) kept only where it also reaches a proposition: node 10.',
      '3 inferences or conflicts without a premise or a conclusion left out: node 10, node 12, node 14.',
      '1 relation from a claim to itself left out: free-buses-would-be-overcrowded.',
      '1 node of an unknown type left out: node 11 ("XA").',
    ]);
  });

  it('reads OVA3: the source text is the post and its spans anchor the locutions in it', () => {
    const { debate } = load('ova3-wrapper.json');
    expect(debate.post.paragraphs).toEqual([
      'Why keep libraries? Public libraries are worth every penny, because they are the only free indoor space left in many towns.',
      'Budgets are <tight> & getting tighter.',
    ]);
    const anchors = structureOf(debate).anchors;
    expect(anchors).toContain(
      'Public libraries are worth every penny @ post: Public libraries are worth every penny',
    );
    // The span does not repeat the proposition's words: the whole span is where it was said.
    expect(anchors).toContain(
      'Libraries are the only free indoor space left in many towns @ post: they are the only free indoor space left in many towns',
    );
    expect(debate.comments.map((c) => [c.author, c.body, c.createdAt])).toEqual([
      ['Reader', 'Most people borrow e-books now', '2021-03-04T10:00:00+01:00'],
    ]);
  });
});

describe('AIF import: malformed files', () => {
  it('names the line of a JSON syntax error', () => {
    const problem = problemOf(() => importAif('{\n  "nodes": [\n    { "nodeID": 1, }\n  ]\n}', {}));
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/^AIF JSON, line 3: expected valid JSON; found a syntax error/);
  });

  it('names the JSON path and what was expected', () => {
    const missingType =
      '{"nodes": [{"nodeID": "1", "text": "x", "type": "I"}, {"nodeID": "2"}], "edges": []}';
    expect(problemOf(() => importAif(missingType, {}))).toMatchObject({
      path: '$.nodes[1].type',
      message:
        'AIF JSON, at $.nodes[1].type: expected a node type such as "I", "L", "RA", "CA", "YA" or "TA".',
    });
    expect(problemOf(() => importAif('{"AIF": {"nodes": [], "edges": {}}}', {})).path).toBe(
      '$.AIF.edges',
    );
    expect(problemOf(() => importAif('[1, 2]', {})).message).toMatch(/expected an AIF object/);
  });
});

/** The small debate after a moderator's merges: phrasings, an alias and a hidden claim. */
function mergedDebate(): Debate {
  const debate = smallDebate('merged');
  const [first, second, ...rest] = debate.claims;
  if (!first || !second) throw new Error('the small debate has claims');
  return {
    ...debate,
    claims: [
      {
        ...first,
        phrasings: ['Buses should cost nothing to ride.', 'Make buses free.'],
        aliases: ['free-rides'],
      },
      { ...second, hidden: true },
      ...rest,
    ],
  };
}

function withoutExtension(json: string): string {
  const { crux: _dropped, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('AIF export', () => {
  const json = exportAif(seedDebate);
  const structure = aifStructure(json);

  it('writes claims as I, relations as RA/CA with their edges, comments as L with YA and TA', () => {
    const supports = seedDebate.relations.filter((r) => r.kind === 'supports').length;
    const attacks = seedDebate.relations.length - supports;
    expect(structure.nodes).toEqual({
      I: seedDebate.claims.length,
      RA: supports,
      CA: attacks,
      L: seedDebate.comments.length + 1,
      YA: seedDebate.anchors.length,
    });
    expect(structure.edges).toEqual({
      'I->RA': supports,
      'RA->I': supports,
      'I->CA': attacks,
      'CA->I': attacks,
      'L->YA': seedDebate.anchors.length,
      'YA->I': seedDebate.anchors.length,
    });
  });

  it("uses AIFdb's scheme names and ids", () => {
    const nodes = (
      JSON.parse(json) as { nodes: { type: string; scheme?: string; schemeID?: string }[] }
    ).nodes;
    const schemes = new Set(
      nodes
        .filter((n) => n.type !== 'I' && n.type !== 'L')
        .map((n) => `${n.type} ${n.scheme} ${n.schemeID}`),
    );
    expect([...schemes].sort()).toEqual([
      'CA Default Conflict 71',
      'RA Default Inference 72',
      'YA Asserting 74',
    ]);
    const threaded = aifStructure(exportAif(smallDebate()));
    expect(threaded.nodes.TA).toBe(1);
    expect(threaded.edges['L->TA']).toBe(1);
    expect(threaded.edges['TA->L']).toBe(1);
  });
});

describe('AIF round trips', () => {
  const cases: [string, Debate][] = [
    ['the seed debate', seedDebate],
    ['the small debate', smallDebate()],
    ['a debate with merged, hidden and rephrased claims', mergedDebate()],
  ];
  it.each(cases)('Crux → AIF → Crux gives back %s exactly', (_name, debate) => {
    const back = importAif(exportAif(debate), {});
    expect(back.debate).toEqual(debate);
    expect(back.warnings).toEqual([]);
  });

  it.each(cases)(
    'without the crux key, %s keeps every claim, relation, comment and reply',
    (_name, debate) => {
      const back = importAif(withoutExtension(exportAif(debate)), {}).debate;
      const before = structureOf(debate);
      const after = structureOf(back);
      expect(after.claims).toEqual(before.claims);
      expect(after.relations).toEqual(before.relations);
      expect(after.replies).toEqual(before.replies);
      // Speakers without a name come back as "Anonymous"; the post (anchored in) is one more L.
      expect(back.comments.length).toBe(debate.comments.length + 1);
    },
  );

  it.each(['aifdb-moral-maze.json', 'numeric-ids-quirks.json', 'ova3-wrapper.json'])(
    'AIF → Crux → AIF keeps the inferences, conflicts, locutions and transitions of %s',
    (name) => {
      const original = aifByText(fixture(name).text);
      const again = aifByText(exportAif(load(name).debate));
      // Only the quirks file loses lines: the empty proposition's, and the self-conflict's.
      const kept = original.inferences.filter(
        (line) =>
          !line.startsWith(' RA') &&
          line !== 'Free buses would be overcrowded CA Free buses would be overcrowded',
      );
      expect(again.inferences).toEqual(kept);
      if (name !== 'ova3-wrapper.json') {
        expect(again.locutions).toEqual(original.locutions);
        expect(again.transitions).toEqual(original.transitions);
      }
    },
  );

  it('AIF → Crux → AIF keeps every proposition and rephrasing (MA) of the AIFdb file', () => {
    const original = aifStructure(fixture('aifdb-moral-maze.json').text);
    const again = aifStructure(exportAif(load('aifdb-moral-maze.json').debate));
    expect(again.propositions).toEqual(original.propositions);
    expect(again.nodes.MA).toBe(original.nodes.MA);
  });

  it('AIF → Crux → AIF keeps every illocution it could anchor, and only those', () => {
    const original = aifByText(fixture('aifdb-moral-maze.json').text);
    const again = aifByText(exportAif(load('aifdb-moral-maze.json').debate));
    expect(again.illocutions).toEqual(
      original.illocutions.filter((line) => !line.endsWith('=> the state should pay for the arts')),
    );
  });
});

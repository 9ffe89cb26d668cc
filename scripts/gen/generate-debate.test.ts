import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../../src/domain/anchoring';
import { buildThread, flattenThread } from '../../src/domain/build-thread';
import { sourceText } from '../../src/domain/comment-text';
import { parseDebate } from '../../src/domain/rules';
import { generateDebate } from './generate-debate';

const options = { claims: 600, comments: 1500, seed: 7, id: 'gen-test', title: 'Generated' };
const debate = generateDebate(options);

describe('generateDebate', () => {
  it('makes a valid debate of the asked size', () => {
    const parsed = parseDebate(debate);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(debate.claims).toHaveLength(600);
    expect(debate.comments).toHaveLength(1500);
    expect(debate.anchors).toHaveLength(600);
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateDebate(options)).toEqual(debate);
    expect(generateDebate({ ...options, seed: 8 }).claims[5]?.text).not.toBe(
      debate.claims[5]?.text,
    );
  });

  it('anchors every claim to its exact words in the post or a comment', () => {
    for (const anchor of debate.anchors) {
      const text = sourceText(debate, anchor.source) ?? '';
      expect(resolveAnchor(text, anchor)).toEqual(anchor.position);
      expect(anchor.quote.exact).toBe(debate.claims.find((c) => c.id === anchor.claimId)?.text);
    }
  });

  it('makes a shallow wide tree with second parents, attack cycles and ~40% attacks', () => {
    const parents = new Map<string, string[]>();
    for (const r of debate.relations) parents.set(r.from, [...(parents.get(r.from) ?? []), r.to]);
    const multi = [...parents.values()].filter((p) => p.length > 1).length;
    expect(multi / debate.claims.length).toBeGreaterThan(0.02);
    const attacks = new Set(
      debate.relations.filter((r) => r.kind === 'attacks').map((r) => `${r.from}>${r.to}`),
    );
    expect(attacks.size / debate.relations.length).toBeGreaterThan(0.3);
    expect(attacks.size / debate.relations.length).toBeLessThan(0.5);
    const twoCycle = [...attacks].some((e) => {
      const [a, b] = e.split('>');
      return attacks.has(`${b}>${a}`);
    });
    expect(twoCycle).toBe(true);
    const thesisChildren = debate.relations.filter((r) => r.to === 'thesis').length;
    expect(thesisChildren).toBeGreaterThanOrEqual(5);
  });

  it('threads comments mostly shallow, with some deep chains and long bodies', () => {
    const nodes = flattenThread(buildThread(debate.comments));
    const shallow = nodes.filter((n) => n.depth <= 3).length;
    expect(shallow / nodes.length).toBeGreaterThan(0.8);
    expect(Math.max(...nodes.map((n) => n.depth))).toBeGreaterThan(5);
    const paragraphs = debate.comments.map((c) => c.body.split('\n\n').length);
    expect(Math.max(...paragraphs)).toBe(6);
    expect(Math.min(...paragraphs)).toBe(1);
  });
});

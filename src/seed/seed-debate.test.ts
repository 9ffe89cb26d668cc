import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceText } from '../domain/comment-text';
import { PARAGRAPH_SEPARATOR } from '../domain/model';
import { parseDebate } from '../domain/rules';
import { seedDebate } from './seed-debate';

const SEED_FILE = fileURLToPath(
  new URL('../../../shared/seed/000_575bce87bd9cffc7.txt', import.meta.url),
);

describe('the seed debate', () => {
  it('is a valid debate: the schema and every invariant hold', () => {
    const result = parseDebate(seedDebate);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('anchors every claim, and every anchor quotes words really at its position', () => {
    const anchored = new Set(seedDebate.anchors.map((a) => a.claimId));
    for (const claim of seedDebate.claims) expect(anchored, claim.id).toContain(claim.id);
    for (const anchor of seedDebate.anchors) {
      const text = sourceText(seedDebate, anchor.source);
      expect(text, anchor.id).not.toBeNull();
      expect(text?.slice(anchor.position.start, anchor.position.end), anchor.id).toBe(
        anchor.quote.exact,
      );
      expect(text?.slice(0, anchor.position.start).endsWith(anchor.quote.prefix)).toBe(true);
      expect(text?.slice(anchor.position.end).startsWith(anchor.quote.suffix)).toBe(true);
    }
  });

  it('is the size and shape the issue asks for: 20–30 neutral one-sentence claims, both stances', () => {
    expect(seedDebate.claims.length).toBeGreaterThanOrEqual(20);
    expect(seedDebate.claims.length).toBeLessThanOrEqual(30);
    for (const claim of seedDebate.claims) expect(claim.text, claim.id).toMatch(/^[^.!?]+[.]$/u);
    const kinds = new Set(seedDebate.relations.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['supports', 'attacks']));
    for (const commentId of ['comment-1', 'comment-2']) {
      const inComment = seedDebate.anchors.filter(
        (a) => a.source.kind === 'comment' && a.source.commentId === commentId,
      );
      expect(inComment.length, commentId).toBeGreaterThanOrEqual(3);
    }
  });

  it('models Reed’s contradiction and the Hub’s attack on comment 1', () => {
    const has = (from: string, kind: string, to: string) =>
      seedDebate.relations.some((r) => r.from === from && r.kind === kind && r.to === to);
    expect(has('reed-contradiction', 'attacks', 'citizen-led')).toBe(true);
    expect(has('middle-classes', 'supports', 'reed-contradiction')).toBe(true);
    expect(has('very-excluded', 'supports', 'reed-contradiction')).toBe(true);
    expect(has('against-shrinkage', 'attacks', 'state-retreat')).toBe(true);
    expect(has('arab-spring', 'attacks', 'utopian')).toBe(true);
  });

  it('does not invent an author or a date the page does not give', () => {
    expect(seedDebate.post.author).toBeNull();
    expect(seedDebate.post.publishedAt).toBeNull();
    for (const comment of seedDebate.comments) {
      expect(comment.author).toBeNull();
      expect(comment.createdAt).toBeNull();
    }
  });

  it.skipIf(!existsSync(SEED_FILE))('holds the post and both comments verbatim', () => {
    const lines = readFileSync(SEED_FILE, 'utf8').split('\n');
    expect(seedDebate.post.title).toBe(lines[0]);
    expect(seedDebate.post.paragraphs).toEqual([lines[2], lines[4], lines[6]]);
    const [first, second] = seedDebate.comments;
    expect(first?.body).toBe(
      `${lines[10]?.replace(/^ {2}1\. /, '')}${PARAGRAPH_SEPARATOR}${lines[12]?.trimStart()}`,
    );
    expect(second?.body).toBe(lines[14]?.replace(/^ {2}2\. /, ''));
  });
});

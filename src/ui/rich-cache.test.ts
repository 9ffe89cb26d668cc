// Before the Markdown parser's chunk has arrived, a body without Markdown is known (it is its own
// plain text) and one with Markdown is not: its anchors wait, neither drawn nor orphaned. Asking
// for such a body fetches the parser; once it is in, the same comments read as parsed. (Node
// tests have no DOM set-up, so nothing here preloads the parser.)
import { describe, expect, it } from 'vitest';
import type { Anchor, Comment } from '../domain/model';
import { buildAnchorIndex, rangesFor } from './anchor-index';
import { commentPlainText, knownPlainText, loadMarkdown, richTextOf } from './rich-cache';

const comment = (id: string, body: string): Comment => ({
  id,
  parentId: null,
  author: 'Ann',
  createdAt: '2025-01-01T00:00:00Z',
  body,
  visibility: 'visible',
  order: 0,
});

const anchorIn = (id: string, commentId: string, exact: string, start: number): Anchor => ({
  id,
  claimId: `claim-${id}`,
  source: { kind: 'comment', commentId },
  quote: { exact, prefix: '', suffix: '' },
  position: { start, end: start + exact.length },
});

describe('comment text before and after the Markdown parser arrives', () => {
  it('waits for the parser only for bodies with Markdown', async () => {
    const plain = comment(
      'p',
      'Buses should be free.\n\nFares cost more to collect than they bring.',
    );
    const marked = comment('m', 'Buses *should* be free.');
    const debate = {
      post: { title: 'T', author: null, publishedAt: null, sourceUrl: null, paragraphs: ['Post.'] },
      comments: [plain, marked],
      anchors: [anchorIn('a', 'p', 'Fares cost more', 23), anchorIn('b', 'm', 'should', 6)],
    };

    expect(knownPlainText(plain)).toBe(plain.body);
    expect(knownPlainText(marked)).toBeNull();
    expect(richTextOf(marked)).toBeNull();
    // Writing views get the body as typed meanwhile.
    expect(commentPlainText(marked)).toBe(marked.body);
    const before = buildAnchorIndex(debate);
    expect(rangesFor(before, 'comment:p')).toEqual([{ start: 23, end: 38, id: 'claim-a' }]);
    expect(rangesFor(before, 'comment:m')).toEqual([]);
    expect(before.orphanCountByClaim.size).toBe(0);

    await loadMarkdown();
    expect(knownPlainText(marked)).toBe('Buses should be free.');
    expect(richTextOf(marked)?.plainText).toBe('Buses should be free.');
    const after = buildAnchorIndex(debate);
    expect(rangesFor(after, 'comment:m')).toEqual([{ start: 6, end: 12, id: 'claim-b' }]);
    expect(after.orphanCountByClaim.size).toBe(0);
  });
});

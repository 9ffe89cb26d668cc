// Pure tests of the anchor index (a .tsx file only so the dom project, which owns src/ui,
// runs it). Orphan anchors cannot be stored through the API, so they are tested here.
import { describe, expect, it } from 'vitest';
import type { Debate } from '../domain/model';
import { smallDebate } from '../test-fixtures/small-debate';
import { buildAnchorIndex, claimsIn, claimsSaidWith, rangesFor } from './anchor-index';

describe('buildAnchorIndex', () => {
  it('resolves each anchor to a range in its own source', () => {
    const index = buildAnchorIndex(smallDebate);
    expect(rangesFor(index, 'post').map((r) => r.id)).toEqual(['cats-best', 'purring']);
    expect([...claimsIn(index, 'comment:c-reply')]).toEqual(['sick-purr']);
    expect(claimsIn(index, 'comment:c-top').size).toBe(0);
    expect(index.orphanCountByClaim.size).toBe(0);
  });

  it('counts anchors whose words are gone as orphans instead of drawing them', () => {
    const edited: Debate = {
      ...smallDebate,
      post: { ...smallDebate.post, paragraphs: ['Cats are fine.', 'Dogs need walking.'] },
    };
    const index = buildAnchorIndex(edited);
    expect(rangesFor(index, 'post')).toEqual([]);
    expect(index.orphanCountByClaim.get('cats-best')).toBe(1);
    expect(index.orphanCountByClaim.get('purring')).toBe(1);
    expect(index.orphanCountByClaim.has('sick-purr')).toBe(false);
  });

  it('treats an anchor in a missing comment as an orphan', () => {
    const index = buildAnchorIndex({ ...smallDebate, comments: [] });
    expect(index.orphanCountByClaim.get('sick-purr')).toBe(1);
  });
});

describe('claimsSaidWith', () => {
  it('finds the claims whose words overlap, and only those', () => {
    const index = buildAnchorIndex(smallDebate);
    expect([...claimsSaidWith(index, 'cats-best')]).toEqual(['purring']);
    expect([...claimsSaidWith(index, 'purring')]).toEqual(['cats-best']);
    expect(claimsSaidWith(index, 'sick-purr').size).toBe(0);
  });
});

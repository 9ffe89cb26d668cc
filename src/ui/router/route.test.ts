import { describe, expect, it } from 'vitest';
import { commentPath, debatePath, parseLocation } from './route';

describe('parseLocation', () => {
  it('reads a debate with an optional claim', () => {
    expect(parseLocation('/debates/d1?claim=c1')).toEqual({
      name: 'debate',
      debateId: 'd1',
      claimId: 'c1',
      commentId: null,
    });
    expect(parseLocation(debatePath('d1'))).toMatchObject({ claimId: null, commentId: null });
  });

  it('reads a comment permalink, and round-trips commentPath', () => {
    expect(parseLocation('/debates/d1/comments/comment-2')).toEqual({
      name: 'debate',
      debateId: 'd1',
      claimId: null,
      commentId: 'comment-2',
    });
    expect(parseLocation(commentPath('a b', 'c/d'))).toMatchObject({
      debateId: 'a b',
      commentId: 'c/d',
    });
  });

  it('finds no page under a comment or at an empty comment', () => {
    expect(parseLocation('/debates/d1/comments/').name).toBe('not-found');
    expect(parseLocation('/debates/d1/comments/c1/more').name).toBe('not-found');
    expect(parseLocation('/debates/d1/comments').name).toBe('not-found');
  });
});

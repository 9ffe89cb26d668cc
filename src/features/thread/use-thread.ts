// The comment tree and each comment's reading-order number, memoised on the comments.
import { useMemo } from 'react';
import { buildThread, flattenThread, type ThreadNode } from '../../domain/build-thread';
import type { Comment, Id } from '../../domain/model';

export interface Thread {
  roots: ThreadNode[];
  /** 1-based position of each comment in reading order, to tell unnamed commenters apart. */
  numbers: ReadonlyMap<Id, number>;
}

export function useThread(comments: readonly Comment[]): Thread {
  return useMemo(() => {
    const roots = buildThread(comments, { sort: 'oldest' });
    const numbers = new Map(flattenThread(roots).map((node, i) => [node.comment.id, i + 1]));
    return { roots, numbers };
  }, [comments]);
}

// The plain text of each source words can be marked in (what anchors count in), and how to
// name it to the reader: the post, or a loaded comment.
import { useCallback } from 'react';
import { useLoadedThread } from '../../api/loaded-thread';
import type { AnchorSource, Post } from '../../domain/model';
import { postText } from '../../domain/text';
import type { ThreadComment } from '../../domain/thread-page';
import { commentPlainText } from '../../ui/rich-cache';

export interface SourceLookup {
  /** The plain text of 'post' or 'comment:<id>', or null when that comment is not loaded. */
  textOf: (key: string) => string | null;
  commentOf: (id: string) => ThreadComment | undefined;
}

export function useSourceLookup(debate: { id: string; post: Post }): SourceLookup {
  const loaded = useLoadedThread(debate.id);
  const { post } = debate;
  const textOf = useCallback(
    (key: string) => {
      if (key === 'post') return postText(post);
      const comment = key.startsWith('comment:') ? loaded.comments.get(key.slice(8)) : undefined;
      return comment && comment.visibility === 'visible' ? commentPlainText(comment) : null;
    },
    [post, loaded],
  );
  const commentOf = useCallback((id: string) => loaded.comments.get(id), [loaded]);
  return { textOf, commentOf };
}

export function sourceFromKey(key: string): AnchorSource {
  return key.startsWith('comment:')
    ? { kind: 'comment', commentId: key.slice('comment:'.length) }
    : { kind: 'post' };
}

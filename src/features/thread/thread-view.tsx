// The threaded comments under the post, replies nested under what they answer.
import type { Debate } from '../../domain/model';
import { useAnchoredTextBindings, useAnchorIndex } from '../../ui/use-debate-index';
import { CommentItem, type CommentItemContext } from './comment-item';
import { useThread } from './use-thread';
import '../../styles/thread.css';

export function ThreadView({ debate }: { debate: Debate }) {
  const thread = useThread(debate.comments);
  const index = useAnchorIndex(debate);
  const bindings = useAnchoredTextBindings(debate);
  const context: CommentItemContext = { index, numbers: thread.numbers, bindings };
  const count = debate.comments.length;
  return (
    <section className="thread" aria-labelledby="thread-heading">
      <h2 id="thread-heading" className="thread__heading">
        {count === 1 ? '1 comment' : `${count} comments`}
      </h2>
      {thread.roots.length === 0 ? (
        <p className="thread__empty">No comments yet.</p>
      ) : (
        <ol className="thread__list">
          {thread.roots.map((node) => (
            <CommentItem key={node.comment.id} node={node} context={context} />
          ))}
        </ol>
      )}
    </section>
  );
}

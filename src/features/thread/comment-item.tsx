// One comment and, nested below it, its replies.
import type { ThreadNode } from '../../domain/build-thread';
import type { Comment } from '../../domain/model';
import { useSelectedCommentId, useViewActions } from '../../state/hooks';
import { type AnchorIndex, claimsIn, rangesFor } from '../../ui/anchor-index';
import { AnchoredText, type AnchoredTextProps } from '../../ui/anchored-text';
import { FormattedDate } from '../../ui/status';

/** What every comment in one thread shares, passed down once instead of prop by prop. */
export interface CommentItemContext {
  index: AnchorIndex;
  numbers: ReadonlyMap<string, number>;
  bindings: Omit<AnchoredTextProps, 'text' | 'ranges'>;
}

export function CommentItem({ node, context }: { node: ThreadNode; context: CommentItemContext }) {
  const { comment, children } = node;
  const selected = useSelectedCommentId() === comment.id;
  const { commentSelected } = useViewActions();
  const key = `comment:${comment.id}`;
  const author = comment.author ?? 'Unnamed commenter';
  const number = context.numbers.get(comment.id) ?? '';
  const name = `Comment ${number} by ${author}`;
  const claimCount = claimsIn(context.index, key).size;
  return (
    <li className="comment" data-selected={selected ? 'true' : undefined}>
      <article className="comment__card" aria-label={name}>
        <header className="comment__header">
          <span className="comment__author">{author}</span>
          {comment.createdAt ? <FormattedDate value={comment.createdAt} /> : null}
          {claimCount > 0 ? (
            <span className="comment__claims">
              {claimCount === 1 ? '1 claim' : `${claimCount} claims`}
            </span>
          ) : null}
          <button
            type="button"
            className="comment__select"
            aria-pressed={selected}
            aria-label={`Select comment ${number} by ${author}`}
            onClick={() => commentSelected(comment.id)}
          >
            Select comment
          </button>
        </header>
        {node.detached ? (
          <p className="comment__note">A reply to a comment that is missing from this thread.</p>
        ) : null}
        <CommentBody comment={comment} context={context} />
      </article>
      {children.length > 0 ? (
        <ol className="thread__list thread__list--replies">
          {children.map((child) => (
            <CommentItem key={child.comment.id} node={child} context={context} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function CommentBody({ comment, context }: { comment: Comment; context: CommentItemContext }) {
  if (comment.visibility === 'deleted') {
    return <p className="comment__removed">This comment was deleted.</p>;
  }
  if (comment.visibility === 'hidden') {
    return <p className="comment__removed">This comment is hidden.</p>;
  }
  return (
    <AnchoredText
      text={comment.body}
      ranges={rangesFor(context.index, `comment:${comment.id}`)}
      {...context.bindings}
    />
  );
}

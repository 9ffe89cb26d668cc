// One row of the virtual thread: a comment (indented by depth), its claims as chips, its reply
// toggle and permalink. Replies are separate rows, so only what is on screen is in the DOM.
import type { ThreadComment } from '../../domain/thread-page';
import { useSelectedClaimId, useSelectedCommentId, useViewActions } from '../../state/hooks';
import { type AnchorIndex, claimsIn, rangesFor } from '../../ui/anchor-index';
import { AnchoredText, type AnchoredTextProps } from '../../ui/anchored-text';
import { commentPath, Link } from '../../ui/router';
import { FormattedDate } from '../../ui/status';
import { CopyLink } from './copy-link';

/** What every comment in one thread shares, passed down once instead of prop by prop. */
export interface CommentItemContext {
  debateId: string;
  index: AnchorIndex;
  numbers: ReadonlyMap<string, number>;
  bindings: Omit<AnchoredTextProps, 'text' | 'ranges'>;
  onToggle(commentId: string): void;
  /** The comment a permalink opened: marked aria-current and outlined. */
  linkedId: string | null;
}

const CHIP_LENGTH = 48;
const shorten = (text: string) =>
  text.length <= CHIP_LENGTH ? text : `${text.slice(0, CHIP_LENGTH - 1).trimEnd()}…`;

export function CommentItem(props: {
  comment: ThreadComment;
  collapsed: boolean;
  context: CommentItemContext;
}) {
  const { comment, collapsed, context } = props;
  const selected = useSelectedCommentId() === comment.id;
  const { commentSelected } = useViewActions();
  const author = comment.author ?? 'Unnamed commenter';
  const number = context.numbers.get(comment.id) ?? '';
  const name = `Comment ${number} by ${author}`;
  const replies = comment.thread.replyCount;
  return (
    <article
      className="comment__card"
      aria-label={name}
      data-selected={selected ? 'true' : undefined}
      aria-current={context.linkedId === comment.id ? 'location' : undefined}
      data-comment-id={comment.id}
    >
      <header className="comment__header">
        <span className="comment__author">{author}</span>
        {comment.createdAt ? <FormattedDate value={comment.createdAt} /> : null}
        <button
          type="button"
          className="comment__select"
          aria-pressed={selected}
          aria-label={`Select comment ${number} by ${author}`}
          onClick={() => commentSelected(comment.id)}
        >
          Select comment
        </button>
        <Link className="comment__link" to={commentPath(context.debateId, comment.id)}>
          Link <span className="visually-hidden">to comment {number}</span>
        </Link>
        <CopyLink to={commentPath(context.debateId, comment.id)} label={`comment ${number}`} />
      </header>
      <CommentBody comment={comment} context={context} />
      <ClaimChips comment={comment} context={context} />
      {replies > 0 ? (
        <button
          type="button"
          className="comment__toggle"
          aria-expanded={!collapsed}
          onClick={() => context.onToggle(comment.id)}
        >
          {collapsed
            ? `Show ${replies === 1 ? '1 reply' : `${replies} replies`}`
            : `Hide ${replies === 1 ? '1 reply' : `${replies} replies`}`}
        </button>
      ) : null}
    </article>
  );
}

function ClaimChips({ comment, context }: { comment: ThreadComment; context: CommentItemContext }) {
  const selectedClaimId = useSelectedClaimId();
  const { claimSelected } = useViewActions();
  const ids = [...claimsIn(context.index, `comment:${comment.id}`)];
  if (ids.length === 0) return null;
  return (
    <ul className="comment__claims" aria-label="Claims stated here">
      {ids.map((id) => {
        const text = context.bindings.claimsById.get(id)?.text ?? id;
        return (
          <li key={id}>
            <button
              type="button"
              className="claim-chip"
              aria-pressed={selectedClaimId === id}
              title={text}
              onClick={() => claimSelected(id)}
            >
              Claim: {shorten(text)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function CommentBody({
  comment,
  context,
}: {
  comment: ThreadComment;
  context: CommentItemContext;
}) {
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

// One row of the virtual thread: a comment (indented by depth), its claims as chips, its reply
// toggle and permalink, and what the reader may do with it. Replies are separate rows, so only
// what is on screen is in the DOM.
import type { ReactNode } from 'react';
import { isSending } from '../../api/add-comment';
import type { User } from '../../domain/commands';
import type { ThreadComment } from '../../domain/thread-page';
import { useSelectedClaimId, useSelectedCommentId, useViewActions } from '../../state/hooks';
import { type AnchorIndex, claimsIn } from '../../ui/anchor-index';
import type { AnchoredTextProps } from '../../ui/anchored-text';
import { commentPath, Link } from '../../ui/router';
import { FormattedDate } from '../../ui/status';
import { CommentActions } from './comment-actions';
import { CommentBody, CommentTargetLine } from './comment-body';
import { CopyLink } from './copy-link';
import type { ThreadComposer } from './thread-composer';

/** What every comment in one thread shares, passed down once instead of prop by prop. */
export interface CommentItemContext {
  debateId: string;
  index: AnchorIndex;
  numbers: ReadonlyMap<string, number>;
  bindings: Omit<AnchoredTextProps, 'text' | 'ranges'>;
  onToggle(commentId: string): void;
  /** The comment a permalink opened: marked aria-current and outlined. */
  linkedId: string | null;
  user: User | null;
  composer: ThreadComposer;
  onSignIn(reason: string): void;
  /** The page's extra actions on a comment; `label` is "comment 3 by Ann". */
  commentActions?: ((comment: ThreadComment, label: string) => ReactNode) | undefined;
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
  const sending = isSending(comment);
  const number = sending ? '' : (context.numbers.get(comment.id) ?? '');
  const name = sending ? `Your reply, sending` : `Comment ${number} by ${author}`;
  const label = `comment ${number} by ${author}`;
  const replies = comment.thread.replyCount;
  return (
    <article
      className="comment__card"
      aria-label={name}
      data-selected={selected ? 'true' : undefined}
      data-sending={sending ? 'true' : undefined}
      aria-busy={sending || undefined}
      aria-current={context.linkedId === comment.id ? 'location' : undefined}
      data-comment-id={comment.id}
    >
      <header className="comment__header">
        <span className="comment__author">{author}</span>
        {comment.createdAt ? <FormattedDate value={comment.createdAt} /> : null}
        {comment.editedAt && comment.visibility === 'visible' ? (
          <span className="comment__edited" title={`Edited ${comment.editedAt}`}>
            edited
          </span>
        ) : null}
        {sending ? (
          <span className="comment__sending" role="status">
            sending…
          </span>
        ) : (
          <>
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
          </>
        )}
      </header>
      <CommentTargetLine comment={comment} bindings={context.bindings} />
      <CommentBody comment={comment} index={context.index} bindings={context.bindings} />
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
      {sending ? null : (
        <CommentActions
          debateId={context.debateId}
          comment={comment}
          label={label}
          user={context.user}
          composer={context.composer}
          onSignIn={context.onSignIn}
        />
      )}
      {sending ? null : context.commentActions?.(comment, label)}
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

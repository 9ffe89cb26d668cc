// What a reader can do with a comment: reply (or "Sign in to reply" without an account), and for
// their own comment edit or delete. The forms open in place, one at a time in the thread.
import { useDeleteComment } from '../../api/delete-comment';
import type { User } from '../../domain/commands';
import type { ThreadComment } from '../../domain/thread-page';
import { useViewActions } from '../../state/hooks';
import { errorMessage } from '../../ui/status';
import { CommentEditor, ReplyComposer } from './lazy-writing';
import { isOpen, type ThreadComposer } from './thread-composer';

export interface CommentActionsProps {
  debateId: string;
  comment: ThreadComment;
  /** "comment 3 by Ann": names the comment in labels. */
  label: string;
  user: User | null;
  composer: ThreadComposer;
  onSignIn: (reason: string) => void;
}

export function CommentActions(props: CommentActionsProps) {
  const { debateId, comment, label, user, composer, onSignIn } = props;
  const own = user !== null && comment.authorId === user.id;
  const deleted = comment.visibility !== 'visible';
  const replying = isOpen(composer, 'reply', comment.id);
  const editing = isOpen(composer, 'edit', comment.id);
  const deleting = isOpen(composer, 'delete', comment.id);
  const { claimMarkStarted } = useViewActions();
  return (
    <>
      <div className="comment__actions">
        {user ? (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={replying}
            onClick={() => (replying ? composer.closed() : composer.opened('reply', comment.id))}
          >
            Reply <span className="visually-hidden">to {label}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onSignIn(`Sign in to reply to ${label}.`)}
          >
            Sign in to reply <span className="visually-hidden">to {label}</span>
          </button>
        )}
        {user && !deleted ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              claimMarkStarted({
                source: { kind: 'comment', commentId: comment.id },
                start: 0,
                end: 0,
              })
            }
          >
            Mark a claim <span className="visually-hidden">in {label}</span>
          </button>
        ) : null}
        {own && !deleted ? (
          <>
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={editing}
              onClick={() => composer.opened('edit', comment.id)}
            >
              Edit <span className="visually-hidden">{label}</span>
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={deleting}
              onClick={() => composer.opened('delete', comment.id)}
            >
              Delete <span className="visually-hidden">{label}</span>
            </button>
          </>
        ) : null}
      </div>
      {replying ? (
        <ReplyComposer
          debateId={debateId}
          parent={comment}
          parentLabel={label}
          composer={composer}
        />
      ) : null}
      {editing ? (
        <CommentEditor debateId={debateId} comment={comment} label={label} composer={composer} />
      ) : null}
      {deleting ? (
        <DeleteConfirm debateId={debateId} comment={comment} label={label} composer={composer} />
      ) : null}
    </>
  );
}

function DeleteConfirm({
  debateId,
  comment,
  label,
  composer,
}: {
  debateId: string;
  comment: ThreadComment;
  label: string;
  composer: ThreadComposer;
}) {
  const remove = useDeleteComment(debateId, comment.id);
  return (
    <div className="composer composer--confirm">
      <p>Delete {label}? It will read “[deleted]”; replies to it and claims said in it stay.</p>
      {remove.isError ? (
        <p role="alert" className="form-error">
          Not deleted: {errorMessage(remove.error)}
        </p>
      ) : null}
      <div className="composer__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          // biome-ignore lint/a11y/noAutofocus: the reader just asked to delete; confirm is next.
          autoFocus
          onClick={() =>
            remove.mutate(comment.version ?? 1, { onSuccess: () => composer.closed() })
          }
        >
          {remove.isPending ? 'Deleting…' : 'Delete comment'}
        </button>
        <button type="button" className="button" onClick={composer.closed}>
          Keep it
        </button>
      </div>
    </div>
  );
}

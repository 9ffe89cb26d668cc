// Above the thread: "Reply to the post" (a form that opens in place), or "Sign in to reply" for
// a reader without an account.
import type { User } from '../../domain/commands';
import { ReplyComposer } from './lazy-writing';
import { isOpen, type ThreadComposer } from './thread-composer';

export function PostReply({
  debateId,
  user,
  composer,
  onSignIn,
}: {
  debateId: string;
  user: User | null;
  composer: ThreadComposer;
  onSignIn: (reason: string) => void;
}) {
  const open = isOpen(composer, 'reply', null);
  // An open form stays when the session ends under it (signed out in another tab): the writer
  // keeps their text and sees why it was not sent.
  if (!user && !open) {
    return (
      <div className="thread__reply">
        <button
          type="button"
          className="button"
          onClick={() => onSignIn('Sign in to reply to the post.')}
        >
          Sign in to reply <span className="visually-hidden">to the post</span>
        </button>
      </div>
    );
  }
  return (
    <div className="thread__reply">
      {open ? (
        <ReplyComposer
          debateId={debateId}
          parent={null}
          parentLabel="the post"
          composer={composer}
        />
      ) : (
        <button
          type="button"
          className="button"
          aria-expanded={false}
          onClick={() => composer.opened('reply', null)}
        >
          Reply to the post
        </button>
      )}
    </div>
  );
}

// Replying in the thread, to the post or to one comment. Optimistic: on send the reply shows in
// the thread at once, marked "sending…", and this form waits; on success it closes, on failure
// the reply leaves the thread and the form comes back with the text and the server's message.
import { useRef, useState } from 'react';
import { useAddComment } from '../../api/add-comment';
import { LIMITS } from '../../domain/commands';
import type { ThreadComment } from '../../domain/thread-page';
import { bodyProblem } from '../../ui/body-problem';
import { MarkdownField } from '../../ui/markdown-field';
import { errorMessage } from '../../ui/status';
import { draftKey, type ThreadComposer } from './thread-composer';

export function ReplyComposer({
  debateId,
  parent,
  parentLabel,
  composer,
}: {
  debateId: string;
  /** The comment answered; null for a reply to the post. */
  parent: ThreadComment | null;
  /** "comment 3 by Ann" or "the post": what the field's label says is answered. */
  parentLabel: string;
  composer: ThreadComposer;
}) {
  const key = draftKey('reply', parent?.id ?? null);
  const [body, setBody] = useState(() => composer.draft(key) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const add = useAddComment(debateId);
  const field = useRef<HTMLTextAreaElement>(null);
  const change = (text: string) => {
    setBody(text);
    composer.drafted(key, text);
    if (problem) setProblem(null);
  };
  const send = () => {
    const found = bodyProblem(body);
    setProblem(found);
    if (found) {
      field.current?.focus();
      return;
    }
    add.mutate(
      { input: { parentId: parent?.id ?? null, body }, showUnder: parent },
      {
        onSuccess: () => {
          composer.sent(key);
          setBody('');
          composer.closed();
        },
        onError: () => field.current?.focus(),
      },
    );
  };
  if (add.isPending) {
    return (
      <p role="status" className="composer__sending">
        Sending your reply…
      </p>
    );
  }
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {add.isError ? (
        <p role="alert" className="form-error">
          Your reply was not sent: {errorMessage(add.error)}
        </p>
      ) : null}
      <MarkdownField
        label={`Your reply to ${parentLabel}`}
        value={body}
        onChange={change}
        onSubmit={send}
        limit={LIMITS.commentBody}
        error={problem}
        inputRef={field}
        // Opened by the reader's own click on Reply: take them straight to the field.
        autoFocus
      />
      <div className="composer__actions">
        <button type="submit" className="button button--primary">
          Send reply
        </button>
        <button type="button" className="button" onClick={composer.closed}>
          Cancel
        </button>
      </div>
    </form>
  );
}

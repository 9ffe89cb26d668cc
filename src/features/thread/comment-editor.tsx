// Editing one's own comment. The edit names the version it started from; when the comment
// changed since (the author in another tab), the server refuses with the comment as it is now:
// the form shows that text next to the writer's, and "Apply my text" sends it again over the
// new version. Optimistic: the new text shows at once and goes back on failure.
import { useRef, useState } from 'react';
import { conflictingComment, useEditComment } from '../../api/edit-comment';
import { LIMITS } from '../../domain/commands';
import type { Comment } from '../../domain/model';
import type { ThreadComment } from '../../domain/thread-page';
import { bodyProblem } from '../../ui/body-problem';
import { MarkdownField } from '../../ui/markdown-field';
import { errorMessage } from '../../ui/status';
import { draftKey, type ThreadComposer } from './thread-composer';

export function CommentEditor({
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
  const key = draftKey('edit', comment.id);
  const [body, setBody] = useState(() => composer.draft(key) ?? comment.body);
  // The version this edit is based on: the one opened, or the newer one after a conflict.
  const [baseVersion, setBaseVersion] = useState(comment.version ?? 1);
  const [conflict, setConflict] = useState<Comment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = useEditComment(debateId, comment.id);
  const field = useRef<HTMLTextAreaElement>(null);

  const change = (text: string) => {
    setBody(text);
    composer.drafted(key, text);
    if (problem) setProblem(null);
  };
  const save = (version: number) => {
    const found = bodyProblem(body);
    setProblem(found);
    if (found) {
      field.current?.focus();
      return;
    }
    setConflict(null);
    edit.mutate(
      { body, version },
      {
        onSuccess: () => {
          composer.sent(key);
          composer.closed();
        },
        onError: (error) => {
          const current = conflictingComment(error);
          if (current) setConflict(current);
          field.current?.focus();
        },
      },
    );
  };
  const reapply = () => {
    if (!conflict) return;
    const version = conflict.version ?? 1;
    setBaseVersion(version);
    save(version);
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        save(baseVersion);
      }}
    >
      {edit.isError ? (
        <div role="alert" className="form-error">
          <p>Your edit was not saved: {errorMessage(edit.error)}</p>
          {conflict ? <ConflictText comment={conflict} /> : null}
        </div>
      ) : null}
      <MarkdownField
        label={`Edit ${label}`}
        value={body}
        onChange={change}
        onSubmit={() => (conflict ? reapply() : save(baseVersion))}
        limit={LIMITS.commentBody}
        error={problem}
        inputRef={field}
        disabled={edit.isPending}
        autoFocus
      />
      <div className="composer__actions">
        {conflict ? (
          <button type="button" className="button button--primary" onClick={reapply}>
            Apply my text to the current version
          </button>
        ) : (
          <button type="submit" className="button button--primary" disabled={edit.isPending}>
            {edit.isPending ? 'Saving…' : 'Save edit'}
          </button>
        )}
        <button type="button" className="button" onClick={composer.closed}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ConflictText({ comment }: { comment: Comment }) {
  return (
    <figure className="composer__conflict">
      <figcaption>The comment now reads:</figcaption>
      <blockquote>
        {comment.visibility === 'deleted' ? '[deleted]' : <pre>{comment.body}</pre>}
      </blockquote>
    </figure>
  );
}

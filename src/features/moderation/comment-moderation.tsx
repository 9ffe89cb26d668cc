// Hide a comment from readers or show it again, and for moderators the mark on a hidden one:
// "Hidden: reason". Placed in each comment's actions by the page.
import { useState } from 'react';
import { usePermission } from '../../api/get-permissions';
import type { Comment } from '../../domain/model';
import { GuardedButton } from '../../ui/guarded-button';
import { HideDialog } from './hide-dialog';
import { useHiddenReasons } from './use-moderation';

export function CommentModeration({
  debateId,
  comment,
  label,
}: {
  debateId: string;
  comment: Pick<Comment, 'id' | 'visibility'>;
  /** "comment 3 by Ann". */
  label: string;
}) {
  const [open, setOpen] = useState(false);
  const allowed = usePermission(debateId, 'comment.hide');
  const reasons = useHiddenReasons(debateId);
  if (comment.visibility === 'deleted') return null;
  const hidden = comment.visibility === 'hidden';
  return (
    <div className="moderation__comment">
      {hidden && allowed?.ok ? (
        <p className="moderation__hidden">
          Hidden: {reasons.comments.get(comment.id) ?? 'by a moderator'}
        </p>
      ) : null}
      <GuardedButton quiet allowed={allowed} onClick={() => setOpen(true)}>
        {hidden ? 'Show again' : 'Hide'} <span className="visually-hidden">{label}</span>
      </GuardedButton>
      {open ? (
        <HideDialog
          debateId={debateId}
          target={{ what: 'comments', id: comment.id, label, hide: !hidden }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}

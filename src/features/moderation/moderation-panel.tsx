// The moderators' part of the debate page: the queue of suggested claims and the log. Drawn only
// for whoever the permission table lets read the log; nothing for anyone else.
import { useId } from 'react';
import { usePermission } from '../../api/get-permissions';
import type { Post } from '../../domain/model';
import { ModerationLog } from './moderation-log';
import { SuggestionQueue } from './suggestion-queue';
import './moderation.css';

export function ModerationPanel({ debate }: { debate: { id: string; post: Post } }) {
  const mayRead = usePermission(debate.id, 'moderation.log');
  const mayReview = usePermission(debate.id, 'suggestion.list-all');
  const headingId = useId();
  if (!mayRead?.ok) return null;
  return (
    <section aria-labelledby={headingId} className="moderation">
      <h2 id={headingId}>Moderation</h2>
      {mayReview?.ok ? <SuggestionQueue debateId={debate.id} post={debate.post} /> : null}
      <ModerationLog debateId={debate.id} />
    </section>
  );
}

// The moderators' queue of suggested claims: the words marked, in their context, the claim they
// would state (a new wording, or an existing claim's as it is now), and Accept / Decline (with an
// optional reason). It updates live: another moderator's decision, or a new suggestion, arrives
// as an event (receive-event.ts) and the list is asked for again.
import { useId, useState } from 'react';
import { useCommentContext } from '../../api/get-comment-context';
import { useDebate } from '../../api/get-debate';
import { type Review, useReviewSuggestion } from '../../api/review-suggestions';
import { useSuggestionQueue } from '../../api/suggestion-queue';
import type { Suggestion } from '../../domain/commands';
import { claimNamed } from '../../domain/merge/aliases';
import { type Claim, PARAGRAPH_SEPARATOR, type Post } from '../../domain/model';
import { commentPlainText } from '../../ui/rich-cache';
import { errorMessage, FormattedDate } from '../../ui/status';

/** Characters of context shown either side of the marked words. */
const CONTEXT = 60;
const NO_CLAIMS: readonly Claim[] = [];

export function SuggestionQueue({ debateId, post }: { debateId: string; post: Post }) {
  const queue = useSuggestionQueue(debateId, true);
  const claims = useDebate(debateId).data?.claims ?? NO_CLAIMS;
  const headingId = useId();
  const pending = queue.data?.suggestions.filter((s) => s.status === 'pending') ?? [];
  return (
    <section aria-labelledby={headingId} className="moderation__queue">
      <h3 id={headingId}>Suggested claims</h3>
      {queue.isPending ? <p>Loading the suggestions…</p> : null}
      {queue.isError ? <p className="form-error">{errorMessage(queue.error)}</p> : null}
      {queue.isSuccess && pending.length === 0 ? <p>No suggestions are waiting.</p> : null}
      <ul>
        {pending.map((s) => (
          <SuggestionItem
            key={s.id}
            debateId={debateId}
            post={post}
            suggestion={s}
            wording={wordingOf(s, claims)}
          />
        ))}
      </ul>
    </section>
  );
}

/** The wording the suggested words state: the new claim's, or the existing claim's as it is now. */
function wordingOf({ mark }: Suggestion, claims: readonly Claim[]): string {
  if (mark.claimId === undefined) return mark.text ?? '';
  return claimNamed(claims, mark.claimId)?.text ?? `claim "${mark.claimId}"`;
}

function SuggestionItem({
  debateId,
  post,
  suggestion,
  wording,
}: {
  debateId: string;
  post: Post;
  suggestion: Suggestion;
  wording: string;
}) {
  const review = useReviewSuggestion(debateId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const id = useId();
  const send = (decision: Review['decision']) =>
    review.mutate({ suggestionId: suggestion.id, decision, ...(reason.trim() ? { reason } : {}) });
  const { mark } = suggestion;
  return (
    <li className="moderation__suggestion" aria-labelledby={`${id}-claim`}>
      <p id={`${id}-claim`}>
        {mark.claimId === undefined ? 'Claim: ' : 'Words for the existing claim: '}
        <strong>{wording}</strong>
        {mark.relation ? ` (${mark.relation.kind} another claim)` : ''}
      </p>
      <WordsInContext debateId={debateId} post={post} suggestion={suggestion} />
      <p className="moderation__meta">
        Suggested <FormattedDate value={suggestion.createdAt} />
      </p>
      {review.isError ? (
        <p role="alert" className="form-error">
          Not reviewed: {errorMessage(review.error)}
        </p>
      ) : null}
      {declining ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send('decline');
          }}
        >
          <label htmlFor={`${id}-reason`}>Why decline it (optional)</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="button" disabled={review.isPending}>
            Decline
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setDeclining(false)}
          >
            Cancel
          </button>
        </form>
      ) : (
        <div className="composer__actions">
          <button
            type="button"
            className="button"
            disabled={review.isPending}
            onClick={() => send('accept')}
          >
            Accept <span className="visually-hidden">“{wording}”</span>
          </button>
          <button type="button" className="button button--quiet" onClick={() => setDeclining(true)}>
            Decline… <span className="visually-hidden">“{wording}”</span>
          </button>
        </div>
      )}
    </li>
  );
}

function WordsInContext({
  debateId,
  post,
  suggestion,
}: {
  debateId: string;
  post: Post;
  suggestion: Suggestion;
}) {
  const { source, position } = suggestion.mark;
  const commentId = source.kind === 'comment' ? source.commentId : null;
  const context = useCommentContext(debateId, commentId);
  const comment = context.data?.comments.find((c) => c.id === commentId);
  const text =
    source.kind === 'post'
      ? post.paragraphs.join(PARAGRAPH_SEPARATOR)
      : comment
        ? commentPlainText(comment)
        : null;
  const where =
    source.kind === 'post'
      ? 'In the post'
      : comment?.author
        ? `In ${comment.author}’s comment`
        : 'In a comment';
  // Until the comment arrives (or if its words changed since), the words alone.
  if (text === null || text.slice(position.start, position.end) !== suggestion.exact) {
    return (
      <blockquote className="moderation__words">
        {where}: <mark>{suggestion.exact}</mark>
      </blockquote>
    );
  }
  const before = text.slice(Math.max(0, position.start - CONTEXT), position.start);
  const after = text.slice(position.end, position.end + CONTEXT);
  return (
    <blockquote className="moderation__words">
      {where}: …{before}
      <mark>{suggestion.exact}</mark>
      {after}…
    </blockquote>
  );
}

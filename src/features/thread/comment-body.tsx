// A comment's words: its Markdown with the words that state claims marked, "[deleted]" once its
// author deleted it, and above it the claim it answers when it was written as a reply to one.
import type { ThreadComment } from '../../domain/thread-page';
import { useViewActions } from '../../state/hooks';
import { type AnchorIndex, rangesFor } from '../../ui/anchor-index';
import type { AnchoredTextProps } from '../../ui/anchored-text';
import { CommentText } from '../../ui/rich-comment';

type Bindings = Omit<AnchoredTextProps, 'text' | 'ranges'>;

export function CommentBody({
  comment,
  index,
  bindings,
}: {
  comment: ThreadComment;
  index: AnchorIndex;
  bindings: Bindings;
}) {
  if (comment.visibility === 'deleted') {
    return <p className="comment__removed">[deleted]</p>;
  }
  // Readers are served a hidden comment without its words; moderators with them (and the page
  // marks it "Hidden: reason").
  if (comment.visibility === 'hidden' && comment.body === '') {
    return <p className="comment__removed">This comment is hidden.</p>;
  }
  const source = `comment:${comment.id}`;
  return (
    <CommentText
      comment={comment}
      ranges={rangesFor(index, source)}
      source={source}
      {...bindings}
    />
  );
}

const STANCE_WORDS = { supports: 'Supports', attacks: 'Attacks', question: 'Asks about' } as const;

/** "Attacks: <claim>", a button that selects the claim answered. */
export function CommentTargetLine({
  comment,
  bindings,
}: {
  comment: ThreadComment;
  bindings: Bindings;
}) {
  const { claimSelected } = useViewActions();
  const target = comment.target;
  if (!target) return null;
  const claim = bindings.claimsById.get(target.claimId);
  return (
    <p className={`comment__target comment__target--${target.stance}`}>
      <span className="comment__stance">{STANCE_WORDS[target.stance]}:</span>{' '}
      <button
        type="button"
        className="comment__target-claim"
        aria-pressed={bindings.selectedClaimId === target.claimId}
        onClick={() => claimSelected(target.claimId)}
      >
        {claim?.text ?? 'a claim no longer in the map'}
      </button>
    </p>
  );
}

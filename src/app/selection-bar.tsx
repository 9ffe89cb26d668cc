// Says what is selected (announced politely to screen readers), offers to clear it, and on
// narrow screens jumps to the other pane, where the selection is shown.
import { useLoadedThread } from '../api/loaded-thread';
import type { Debate } from '../domain/model';
import {
  useActivePane,
  useSelectedClaimId,
  useSelectedCommentId,
  useViewActions,
} from '../state/hooks';
import { useClaimsById } from '../ui/use-debate-index';
import { useReplyToClaim } from '../ui/use-reply-to-claim';
import { LazyClaimMergeActions } from './lazy-views';

export function SelectionBar({ debate, narrow }: { debate: Debate; narrow: boolean }) {
  const claimId = useSelectedClaimId();
  const commentId = useSelectedCommentId();
  const pane = useActivePane();
  const { selectionCleared, paneChosen } = useViewActions();
  const claimsById = useClaimsById(debate.claims);
  // Comments come in pages (decision 0005): a selected one is always loaded, so read it there.
  const loaded = useLoadedThread(debate.id);
  const reply = useReplyToClaim();

  let message = 'Select highlighted words, a comment or a claim in the map to see how they link.';
  if (claimId) {
    const claim = claimsById.get(claimId);
    message = claim
      ? `Selected claim: ${claim.text}`
      : `The linked claim “${claimId}” is not in this debate.`;
  } else if (commentId) {
    const comment = loaded.comments.get(commentId);
    const author = comment ? (comment.author ?? 'an unnamed commenter') : 'an unknown commenter';
    message = `Selected a comment by ${author}: its claims are highlighted in the map.`;
  }
  const hasSelection = claimId !== null || commentId !== null;
  const otherPane = pane === 'map' ? 'thread' : 'map';
  return (
    <div className="selection-bar">
      <p className="selection-bar__message" aria-live="polite">
        {message}
      </p>
      {claimId && claimsById.has(claimId) ? (
        <button type="button" onClick={() => reply.start(claimId)}>
          {reply.label}
        </button>
      ) : null}
      {claimId && claimsById.has(claimId) ? (
        <LazyClaimMergeActions
          debateId={debate.id}
          claim={claimsById.get(claimId) ?? { id: claimId, text: '' }}
        />
      ) : null}
      {hasSelection && narrow ? (
        <button type="button" onClick={() => paneChosen(otherPane)}>
          {otherPane === 'map' ? 'Show in map' : 'Show in thread'}
        </button>
      ) : null}
      {hasSelection ? (
        <button type="button" onClick={selectionCleared}>
          Clear selection
        </button>
      ) : null}
    </div>
  );
}

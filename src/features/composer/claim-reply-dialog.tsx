// "Reply to this claim": the composer with the claim quoted, a stance (supports, attacks, asks a
// question), the reply, and the claim the reply makes: its first sentence, editable, or an
// existing claim found by search. It says where the reply will go. Optimistic like every write:
// the reply shows in the thread at once, marked "sending…"; on success the new claim is
// selected in the map, on failure the form keeps everything and says why.
import { useRef, useState } from 'react';
import { claimOfReply, useAddComment } from '../../api/add-comment';
import { LIMITS } from '../../domain/commands';
import type { Anchor, Claim, Relation, Stance } from '../../domain/model';
import { useReplyClaimId, useViewActions } from '../../state/hooks';
import { Dialog } from '../../ui/dialog';
import { MarkdownField } from '../../ui/markdown-field';
import { errorMessage } from '../../ui/status';
import {
  type ClaimReplyDraft,
  type DraftProblems,
  draftProblems,
  EMPTY_DRAFT,
  toNewComment,
} from './claim-reply-draft';
import { ChoiceGroup } from './fields';
import { PointFields } from './point-fields';
import { useReplyPlace } from './reply-place';
import { useFirstProblemFocus } from './use-first-problem-focus';
import '../../styles/composer.css';

/** What the composer reads of a debate: the overview from useDebate is enough. */
export interface ComposerDebate {
  id: string;
  claims: readonly Claim[];
  relations: readonly Relation[];
  /** The post's anchors (the overview holds only those). */
  anchors: readonly Anchor[];
}

export function ClaimReplyDialog({ debate }: { debate: ComposerDebate }) {
  const claimId = useReplyClaimId();
  const claim = claimId ? debate.claims.find((c) => c.id === claimId) : undefined;
  if (!claim) return null;
  return <ClaimReplyForm key={claim.id} debate={debate} claim={claim} />;
}

const STANCES: readonly { value: Stance; label: string }[] = [
  { value: 'supports', label: 'Supports it' },
  { value: 'attacks', label: 'Attacks it' },
  { value: 'question', label: 'Asks a question about it' },
];

function ClaimReplyForm({ debate, claim }: { debate: ComposerDebate; claim: Claim }) {
  const { claimReplyClosed, claimSelected } = useViewActions();
  const [draft, setDraft] = useState<ClaimReplyDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<DraftProblems>({});
  const place = useReplyPlace(debate.id, claim.id, debate.anchors);
  const add = useAddComment(debate.id);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useFirstProblemFocus(form, problems);
  const change = (patch: Partial<ClaimReplyDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems({});
  };
  const send = () => {
    const found = draftProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const input = toNewComment(draft, claim.id);
    add.mutate(
      { input, showUnder: place.parent },
      {
        onSuccess: ({ event }) => {
          claimReplyClosed();
          claimSelected(claimOfReply(input, event) ?? claim.id);
        },
        onError: () => bodyField.current?.focus(),
      },
    );
  };
  return (
    <Dialog title="Reply to a claim" onClose={claimReplyClosed} initialFocus={bodyField}>
      <form
        ref={form}
        className="composer"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <figure className="composer__quote">
          <figcaption className="visually-hidden">The claim you reply to</figcaption>
          <blockquote>{claim.text}</blockquote>
        </figure>
        <p className="composer__where">Your reply will go {place.words}.</p>
        {add.isError ? (
          <p role="alert" className="form-error">
            Your reply was not sent: {errorMessage(add.error)}
          </p>
        ) : null}
        <MarkdownField
          label="Your reply"
          value={draft.body}
          onChange={(body) => change({ body })}
          onSubmit={send}
          limit={LIMITS.commentBody}
          error={problems.body}
          inputRef={bodyField}
          disabled={add.isPending}
        />
        <ChoiceGroup
          legend="Your reply…"
          name="stance"
          options={STANCES}
          value={draft.stance}
          onChange={(stance) => change({ stance })}
          error={problems.stance}
          disabled={add.isPending}
        />
        {draft.stance === 'supports' || draft.stance === 'attacks' ? (
          <PointFields
            draft={draft}
            kind={draft.stance}
            targetId={claim.id}
            claims={debate.claims}
            relations={debate.relations}
            problems={problems}
            disabled={add.isPending}
            onChange={change}
          />
        ) : null}
        <SendActions pending={add.isPending} onCancel={claimReplyClosed} />
      </form>
    </Dialog>
  );
}

function SendActions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  return (
    <>
      {pending ? (
        <p role="status" className="composer__sending">
          Sending your reply…
        </p>
      ) : null}
      <div className="composer__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          Send reply
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

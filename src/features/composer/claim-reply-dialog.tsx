// "Reply to this claim": the composer with the claim quoted, a stance (supports, attacks, asks a
// question), the reply, and the claim the reply makes: its first sentence, editable, or an
// existing claim found by search. It says where the reply will go. Optimistic like every write:
// the reply shows in the thread at once, marked "sending…"; on success the new claim is
// selected in the map, on failure the form keeps everything and says why.
import { useEffect, useMemo, useRef, useState } from 'react';
import { claimOfReply, useAddComment } from '../../api/add-comment';
import { LIMITS } from '../../domain/commands';
import { buildGraph } from '../../domain/graph';
import type { Anchor, Claim, Id, Relation, Stance } from '../../domain/model';
import { canRelate } from '../../domain/rules';
import { useReplyClaimId, useViewActions } from '../../state/hooks';
import { Dialog } from '../../ui/dialog';
import { MarkdownField } from '../../ui/markdown-field';
import { errorMessage } from '../../ui/status';
import { ClaimPicker } from './claim-picker';
import {
  type ClaimReplyDraft,
  type DraftProblems,
  draftProblems,
  EMPTY_DRAFT,
  toNewComment,
  wordingOf,
} from './claim-reply-draft';
import { ChoiceGroup, FieldError, WordingField } from './fields';
import { useReplyPlace } from './reply-place';
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

const POINT_KINDS = [
  { value: 'new', label: 'State it in my words' },
  { value: 'existing', label: 'Link to an existing claim' },
] as const;

function ClaimReplyForm({ debate, claim }: { debate: ComposerDebate; claim: Claim }) {
  const { claimReplyClosed, claimSelected } = useViewActions();
  const [draft, setDraft] = useState<ClaimReplyDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<DraftProblems>({});
  const place = useReplyPlace(debate.id, claim.id, debate.anchors);
  const add = useAddComment(debate.id);
  const graph = useMemo(
    () => buildGraph(debate.claims, debate.relations),
    [debate.claims, debate.relations],
  );
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<ClaimReplyDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems({});
  };
  // After a refused send, the first field with a problem, in the order they are shown.
  useEffect(() => {
    if (Object.keys(problems).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
  const linking = draft.stance === 'supports' || draft.stance === 'attacks';

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
  const check = (id: Id) =>
    draft.stance === 'supports' || draft.stance === 'attacks'
      ? canRelate(graph, { from: id, to: claim.id, kind: draft.stance })
      : { ok: true as const };

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
        {linking ? (
          <fieldset disabled={add.isPending}>
            <legend>The claim your reply makes</legend>
            <ChoiceGroup
              legend="How"
              name="point"
              options={POINT_KINDS}
              value={draft.pointKind}
              onChange={(pointKind) => change({ pointKind })}
              bare
            />
            {draft.pointKind === 'new' ? (
              <WordingField
                label="Claim"
                value={wordingOf(draft)}
                onChange={(claimText) => change({ claimText })}
                hint={
                  draft.claimText === null
                    ? "Taken from your reply's first sentence until you edit it."
                    : 'In your words; one neutral sentence reads best in the map.'
                }
                error={problems.claimText}
              />
            ) : (
              <>
                <ClaimPicker
                  label="Find the claim"
                  claims={debate.claims}
                  chosen={draft.existingId}
                  onChosen={(existingId) => change({ existingId })}
                  check={check}
                />
                <FieldError error={problems.existingId} />
              </>
            )}
          </fieldset>
        ) : null}
        {add.isPending ? (
          <p role="status" className="composer__sending">
            Sending your reply…
          </p>
        ) : null}
        <div className="composer__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            Send reply
          </button>
          <button type="button" className="button" onClick={claimReplyClosed}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

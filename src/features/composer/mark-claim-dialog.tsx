// "This is a claim": the words chosen in the post or a comment (adjustable by keyboard in the
// text shown) and the claim they state: a new one (optionally supporting or attacking another)
// or one already in the map (mark-statement.tsx). In the reader's own comment it applies at once
// and the claim is selected in the map; anywhere else it is stored as a suggestion, "waiting for
// a moderator", listed under Your suggestions.
import { useEffect, useRef, useState } from 'react';
import { useCurrentUser } from '../../api/get-session';
import { useMarkClaim } from '../../api/mark-claim';
import type { Claim, Post } from '../../domain/model';
import { sourceKey } from '../../domain/text';
import { useMarkDraft, useViewActions } from '../../state/hooks';
import type { MarkDraft } from '../../state/view-store';
import { Dialog } from '../../ui/dialog';
import { errorMessage } from '../../ui/status';
import { type MarkForm, type MarkProblems, markProblems, toMarkClaim } from './mark-draft';
import { WordsField } from './mark-fields';
import { StatementFields } from './mark-statement';
import { useSourceLookup } from './source-text';
import { useFirstProblemFocus } from './use-first-problem-focus';

export interface MarkDebate {
  id: string;
  post: Post;
  claims: readonly Claim[];
}

export function MarkClaimDialog({ debate }: { debate: MarkDebate }) {
  const draft = useMarkDraft();
  const { textOf } = useSourceLookup(debate);
  if (!draft) return null;
  const text = textOf(sourceKey(draft.source));
  if (text === null) return null;
  return <MarkClaimForm key={JSON.stringify(draft)} debate={debate} draft={draft} text={text} />;
}

function MarkClaimForm({
  debate,
  draft,
  text,
}: {
  debate: MarkDebate;
  draft: MarkDraft;
  text: string;
}) {
  const { claimMarkClosed, claimSelected } = useViewActions();
  const where = useWhere(debate, draft);
  const mark = useMarkClaim(debate.id);
  const [form, setForm] = useState<MarkForm>({
    start: draft.start,
    end: draft.end,
    stating: 'new',
    wording: null,
    relation: 'none',
    relatedId: null,
    claimId: null,
  });
  const [problems, setProblems] = useState<MarkProblems>({});
  const [suggested, setSuggested] = useState(false);
  const words = useRef<HTMLTextAreaElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  useFirstProblemFocus(formElement, problems);
  const change = (patch: Partial<MarkForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblems({});
  };
  const send = () => {
    const found = markProblems(form, text);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mark.mutate(toMarkClaim(form, text, draft.source), {
      onSuccess: (answer) => {
        if ('suggestion' in answer) return setSuggested(true);
        claimMarkClosed();
        // The claim the words now state: the new one, or the existing one (its survivor if merged).
        const stated = answer.event.upsert.anchors[0]?.claimId;
        if (stated) claimSelected(stated);
      },
    });
  };
  return (
    <Dialog title="Mark a claim" onClose={claimMarkClosed} initialFocus={words}>
      {suggested ? <SuggestedNotice onClose={claimMarkClosed} /> : null}
      <form
        hidden={suggested}
        ref={formElement}
        className="composer"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <p className="composer__where">
          {where.own
            ? 'In your comment: the claim joins the map at once.'
            : `In ${where.words}: only its author marks claims there, so this will be a suggestion for a moderator to accept or decline.`}
        </p>
        <WordsField
          text={text}
          where={where.words}
          start={form.start}
          end={form.end}
          error={problems.words}
          onChosen={(start, end) => change({ start, end })}
          inputRef={words}
        />
        <StatementFields
          form={form}
          text={text}
          claims={debate.claims}
          problems={problems}
          onChange={change}
        />
        {mark.isError ? (
          <p role="alert" className="form-error">
            Not marked: {errorMessage(mark.error)}
          </p>
        ) : null}
        <div className="composer__actions">
          <button type="submit" className="button button--primary" disabled={mark.isPending}>
            {mark.isPending ? 'Sending…' : where.own ? 'Mark the claim' : 'Suggest the claim'}
          </button>
          <button type="button" className="button" onClick={claimMarkClosed}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Whose words these are: the reader's own comment applies at once, anything else suggests. */
function useWhere(debate: MarkDebate, draft: MarkDraft): { own: boolean; words: string } {
  const { commentOf } = useSourceLookup(debate);
  const user = useCurrentUser();
  if (draft.source.kind === 'post') return { own: false, words: 'the post' };
  const comment = commentOf(draft.source.commentId);
  if (comment !== undefined && user !== null && comment.authorId === user.id) {
    return { own: true, words: 'your comment' };
  }
  return { own: false, words: `the comment by ${comment?.author ?? 'an unnamed commenter'}` };
}

/** In the same dialog, in place of the form, with focus on Done. */
function SuggestedNotice({ onClose }: { onClose: () => void }) {
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => done.current?.focus(), []);
  return (
    <>
      <p role="status">
        Suggested — waiting for a moderator. Only authors mark claims in their own words; it is
        listed under “Your suggestions” until a moderator accepts or declines it.
      </p>
      <button ref={done} type="button" className="button button--primary" onClick={onClose}>
        Done
      </button>
    </>
  );
}

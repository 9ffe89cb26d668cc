// "This is a claim": the words chosen in the post or a comment (adjustable by keyboard in the
// text shown), the claim they state, and optionally the claim it supports or attacks. In the
// reader's own comment it applies at once and the new claim is selected in the map; anywhere
// else it is stored as a suggestion, "waiting for a moderator", listed under Your suggestions.
import { type SyntheticEvent, useEffect, useId, useRef, useState } from 'react';
import { useCurrentUser } from '../../api/get-session';
import { useMarkClaim } from '../../api/mark-claim';
import type { Claim, Post } from '../../domain/model';
import { sourceKey } from '../../domain/text';
import { useMarkDraft, useViewActions } from '../../state/hooks';
import type { MarkDraft } from '../../state/view-store';
import { Dialog } from '../../ui/dialog';
import { errorMessage } from '../../ui/status';
import { ClaimPicker } from './claim-picker';
import { ChoiceGroup, FieldError, WordingField } from './fields';
import {
  type MarkForm,
  type MarkProblems,
  markProblems,
  selectedWords,
  toMarkClaim,
  wordingOfMark,
} from './mark-draft';
import { useSourceLookup } from './source-text';

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

const RELATIONS = [
  { value: 'none', label: 'Not related to another claim' },
  { value: 'supports', label: 'Supports a claim' },
  { value: 'attacks', label: 'Attacks a claim' },
] as const;

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
  const { commentOf } = useSourceLookup(debate);
  const user = useCurrentUser();
  const mark = useMarkClaim(debate.id);
  const [form, setForm] = useState<MarkForm>({
    start: draft.start,
    end: draft.end,
    wording: null,
    relation: 'none',
    relatedId: null,
  });
  const [problems, setProblems] = useState<MarkProblems>({});
  const [suggested, setSuggested] = useState(false);
  const words = useRef<HTMLTextAreaElement>(null);
  const wordsId = useId();
  const change = (patch: Partial<MarkForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblems({});
  };
  const comment = draft.source.kind === 'comment' ? commentOf(draft.source.commentId) : undefined;
  const own = comment !== undefined && user !== null && comment.authorId === user.id;
  const where =
    draft.source.kind === 'post'
      ? 'the post'
      : own
        ? 'your comment'
        : `the comment by ${comment?.author ?? 'an unnamed commenter'}`;

  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => {
    words.current?.setSelectionRange(draft.start, draft.end);
  }, [draft]);
  // After a refused send, the first field with a problem.
  useEffect(() => {
    if (Object.keys(problems).length === 0) return;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
  const onSelect = (event: SyntheticEvent<HTMLTextAreaElement>) => {
    const { selectionStart, selectionEnd } = event.currentTarget;
    if (selectionEnd > selectionStart) change({ start: selectionStart, end: selectionEnd });
  };
  const send = () => {
    const found = markProblems(form, text);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mark.mutate(toMarkClaim(form, text, draft.source), {
      onSuccess: (answer) => {
        if ('suggestion' in answer) {
          setSuggested(true);
          return;
        }
        claimMarkClosed();
        const created = answer.event.upsert.claims[0];
        if (created) claimSelected(created.id);
      },
    });
  };

  if (suggested) {
    return (
      <Dialog title="Mark a claim" onClose={claimMarkClosed}>
        <p role="status">
          Suggested — waiting for a moderator. Only authors mark claims in their own words; it is
          listed under “Your suggestions” until a moderator accepts or declines it.
        </p>
        <button type="button" className="button button--primary" onClick={claimMarkClosed}>
          Done
        </button>
      </Dialog>
    );
  }
  const chosen = selectedWords(text, form.start, form.end);
  return (
    <Dialog title="Mark a claim" onClose={claimMarkClosed} initialFocus={words}>
      <form
        ref={formElement}
        className="composer"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <p className="composer__where">
          {own
            ? 'In your comment: the claim joins the map at once.'
            : `In ${where}: only its author marks claims there, so this will be a suggestion for a moderator to accept or decline.`}
        </p>
        <div className="text-field">
          <label htmlFor={wordsId}>Select the words that state the claim, in {where}</label>
          <textarea
            ref={words}
            id={wordsId}
            readOnly
            rows={6}
            value={text}
            aria-invalid={problems.words ? true : undefined}
            aria-describedby={`${wordsId}-chosen${problems.words ? ` ${wordsId}-error` : ''}`}
            onSelect={onSelect}
          />
          <p id={`${wordsId}-chosen`} className="text-field__hint" aria-live="polite">
            {chosen ? `Chosen: “${chosen}”` : 'No words chosen yet.'}
          </p>
          <FieldError id={`${wordsId}-error`} error={problems.words} />
        </div>
        <WordingField
          label="The claim, in one sentence"
          value={wordingOfMark(form, text)}
          onChange={(wording) => change({ wording })}
          hint={
            form.wording === null
              ? 'The chosen words until you edit it; a neutral sentence reads best in the map.'
              : 'In your words.'
          }
          error={problems.wording}
        />
        <ChoiceGroup
          legend="How it relates"
          name="relation"
          options={RELATIONS}
          value={form.relation}
          onChange={(relation) => change({ relation, relatedId: null })}
        />
        {form.relation !== 'none' ? (
          <>
            <ClaimPicker
              label={`Find the claim it ${form.relation}`}
              claims={debate.claims}
              chosen={form.relatedId}
              onChosen={(relatedId) => change({ relatedId })}
              check={() => ({ ok: true })}
            />
            <FieldError error={problems.relatedId} />
          </>
        ) : null}
        {mark.isError ? (
          <p role="alert" className="form-error">
            Not marked: {errorMessage(mark.error)}
          </p>
        ) : null}
        <div className="composer__actions">
          <button type="submit" className="button button--primary" disabled={mark.isPending}>
            {mark.isPending ? 'Sending…' : own ? 'Mark the claim' : 'Suggest the claim'}
          </button>
          <button type="button" className="button" onClick={claimMarkClosed}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

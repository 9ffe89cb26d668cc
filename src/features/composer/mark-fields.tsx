// The parts of the mark-a-claim form: the source's text to choose words in (a read-only field,
// so the keyboard selects with Shift+arrows as anywhere else), and how the claim relates.
import { type RefObject, type SyntheticEvent, useEffect, useId, useRef } from 'react';
import type { Claim, Id } from '../../domain/model';
import { ClaimPicker } from '../../ui/claim-picker';
import { ChoiceGroup, FieldError } from './fields';
import { type MarkForm, type MarkProblems, selectedWords } from './mark-draft';

export function WordsField({
  text,
  where,
  start,
  end,
  error,
  onChosen,
  inputRef,
}: {
  text: string;
  /** "the post", "your comment". */
  where: string;
  start: number;
  end: number;
  error?: string;
  onChosen: (start: number, end: number) => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const id = useId();
  // The words chosen on the page, shown chosen here too when the form opens.
  const initial = useRef({ start, end });
  useEffect(() => {
    inputRef.current?.setSelectionRange(initial.current.start, initial.current.end);
  }, [inputRef]);
  const onSelect = (event: SyntheticEvent<HTMLTextAreaElement>) => {
    const { selectionStart, selectionEnd } = event.currentTarget;
    if (selectionEnd > selectionStart) onChosen(selectionStart, selectionEnd);
  };
  const chosen = selectedWords(text, start, end);
  return (
    <div className="text-field">
      <label htmlFor={id}>Select the words that state the claim, in {where}</label>
      <textarea
        ref={inputRef}
        id={id}
        readOnly
        rows={6}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-chosen${error ? ` ${id}-error` : ''}`}
        onSelect={onSelect}
      />
      <p id={`${id}-chosen`} className="text-field__hint" aria-live="polite">
        {chosen ? `Chosen: “${chosen}”` : 'No words chosen yet.'}
      </p>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

const RELATIONS = [
  { value: 'none', label: 'Not related to another claim' },
  { value: 'supports', label: 'Supports a claim' },
  { value: 'attacks', label: 'Attacks a claim' },
] as const;

export function RelationFields({
  form,
  claims,
  problems,
  onChange,
}: {
  form: MarkForm;
  claims: readonly Claim[];
  problems: MarkProblems;
  onChange: (patch: Partial<MarkForm>) => void;
}) {
  return (
    <>
      <ChoiceGroup
        legend="How it relates"
        name="relation"
        options={RELATIONS}
        value={form.relation}
        onChange={(relation) => onChange({ relation, relatedId: null })}
      />
      {form.relation !== 'none' ? (
        <>
          <ClaimPicker
            label={`Find the claim it ${form.relation}`}
            claims={claims}
            chosen={form.relatedId}
            onChosen={(relatedId: Id | null) => onChange({ relatedId })}
            // A new claim may relate to any existing one: no rule can refuse it yet.
            check={() => ({ ok: true })}
          />
          <FieldError error={problems.relatedId} />
        </>
      ) : null}
    </>
  );
}

// The Markdown textarea every composer uses: labelled, with the length limit shown and announced
// as it nears, the error tied to the field (aria-describedby, aria-invalid), and Ctrl+Enter or
// ⌘+Enter to send, as in most comment boxes.
import { type KeyboardEvent, type RefObject, useEffect, useId } from 'react';
import { loadMarkdown } from './rich-cache';
import '../styles/composer.css';

export interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/⌘+Enter. */
  onSubmit: () => void;
  limit: number;
  /** Shown under the field, tied to it, and marks it invalid. */
  error?: string | null;
  disabled?: boolean;
  rows?: number;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
  /** Focus the field when it appears (it was opened by the reader's own action). */
  autoFocus?: boolean;
}

const NUMBER = new Intl.NumberFormat('en');

export function MarkdownField(props: MarkdownFieldProps) {
  const {
    label,
    value,
    onChange,
    onSubmit,
    limit,
    error,
    disabled,
    rows = 5,
    inputRef,
    autoFocus,
  } = props;
  const id = useId();
  // What is written here is shown as Markdown once sent: fetch the parser while it is typed, so
  // the reply appears formatted at once (the reader's first view does not load it).
  useEffect(() => {
    void loadMarkdown();
  }, []);
  const over = value.length > limit;
  const counterId = `${id}-count`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };
  const describedBy = [hintId, counterId, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="markdown-field">
      <label htmlFor={id} className="markdown-field__label">
        {label}
      </label>
      <textarea
        ref={inputRef}
        id={id}
        className="markdown-field__input"
        value={value}
        rows={rows}
        disabled={disabled}
        // biome-ignore lint/a11y/noAutofocus: only set when the reader opened this form just now.
        autoFocus={autoFocus}
        aria-describedby={describedBy}
        aria-invalid={error || over ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="markdown-field__meta">
        <span id={hintId} className="markdown-field__hint">
          Markdown: *emphasis*, **strong**, [link](https://…), &gt; quote, - list. Ctrl+Enter or
          ⌘+Enter sends.
        </span>
        <span
          id={counterId}
          className="markdown-field__count"
          data-over={over ? 'true' : undefined}
          // Only near the limit is the count worth announcing.
          aria-live={value.length > limit * 0.9 ? 'polite' : 'off'}
        >
          {NUMBER.format(value.length)} / {NUMBER.format(limit)} characters
          {over ? ` (${NUMBER.format(value.length - limit)} too many)` : ''}
        </span>
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

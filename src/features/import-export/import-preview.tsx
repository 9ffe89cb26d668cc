// What a file holds, before anything is saved: its format and title, the counts, the first
// claims, what the importer dropped or guessed, and the id it will be saved under.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ImportPreview, PREVIEW_CLAIMS } from '../../domain/formats/preview';
import { FORMAT_LABELS } from '../../domain/formats/types';
import { IdSchema } from '../../domain/model';

export interface ImportPreviewViewProps {
  preview: ImportPreview;
  fileName: string | null;
  onImport: (id: string) => void;
  onCancel: () => void;
}

const plural = (count: number, noun: string) =>
  `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

export function ImportPreviewView({
  preview,
  fileName,
  onImport,
  onCancel,
}: ImportPreviewViewProps) {
  const { counts } = preview;
  const idField = useId();
  const idHint = useId();
  const idError = useId();
  const [id, setId] = useState(preview.freeId);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const lead = useRef<HTMLParagraphElement>(null);
  // The chooser that had focus is gone: start reading here, not at the top of the page.
  useEffect(() => lead.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = IdSchema.safeParse(id);
    if (!parsed.success) {
      setProblem(
        'An id is 1–64 lowercase letters, digits or hyphens, starting with a letter or digit.',
      );
      input.current?.focus();
      return;
    }
    onImport(parsed.data);
  };
  return (
    <form className="import-preview" onSubmit={submit} aria-label="Preview of the import">
      <p ref={lead} tabIndex={-1} className="import-preview__lead">
        {fileName ? `${fileName}: ` : ''}
        {FORMAT_LABELS[preview.format]}, “{preview.title}”. Nothing is saved until you import it.
      </p>
      <ul className="import-preview__counts" aria-label="What the file holds">
        <li>{plural(counts.claims, 'claim')}</li>
        <li>{plural(counts.relations, 'relation')}</li>
        <li>{plural(counts.comments, 'comment')}</li>
        <li>{plural(counts.anchors, 'anchor')}</li>
        {counts.events > 0 ? <li>{plural(counts.events, 'event')} of history, kept</li> : null}
      </ul>
      {preview.firstClaims.length > 0 ? (
        <section aria-labelledby={`${idField}-claims`}>
          <h3 id={`${idField}-claims`} className="import-preview__heading">
            {counts.claims > PREVIEW_CLAIMS ? `The first ${PREVIEW_CLAIMS} claims` : 'Claims'}
          </h3>
          <ol className="import-preview__claims">
            {preview.firstClaims.map((text, i) => (
              // Texts may repeat; their place in the file does not.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
              <li key={i}>{text}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {preview.warnings.length > 0 ? (
        <section aria-labelledby={`${idField}-warnings`} className="import-preview__warnings">
          <h3 id={`${idField}-warnings`} className="import-preview__heading">
            Warnings
          </h3>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <label htmlFor={idField} className="import-preview__id-label">
        Debate id
      </label>
      <input
        ref={input}
        id={idField}
        value={id}
        onChange={(event) => setId(event.target.value.trim())}
        aria-describedby={problem ? `${idHint} ${idError}` : idHint}
        aria-invalid={problem ? true : undefined}
        spellCheck={false}
      />
      <p id={idHint} className="import-preview__hint">
        {preview.idTaken
          ? `A debate with id “${preview.id}” exists already, so this one gets “${preview.freeId}”.`
          : 'Its address will be /debates/ followed by this id.'}
      </p>
      {problem ? (
        <p id={idError} className="field-error">
          {problem}
        </p>
      ) : null}
      <div className="import-preview__actions">
        <button type="submit" className="button button--primary">
          Import
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

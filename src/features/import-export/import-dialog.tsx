// The import dialog: one step at a time (choose, progress, preview, done), so the importer
// always sees what is happening and nothing is saved before they press Import.
import { useEffect, useRef } from 'react';
import { Dialog } from '../../ui/dialog';
import { debatePath, Link } from '../../ui/router';
import { FileChooser } from './file-chooser';
import { ImportPreviewView } from './import-preview';
import { type ImportFailure, type ImportStage, useImportFlow } from './use-import-flow';

const PHASES = {
  reading: 'Reading the file',
  checking: 'Sending the file for a preview',
  saving: 'Saving the debate',
} as const;

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const flow = useImportFlow();
  const { stage } = flow;
  return (
    <Dialog title="Import a debate" onClose={onClose} className="import-dialog">
      {stage.step === 'choose' ? (
        <>
          <p className="dialog__lead">
            Bring in a debate from another tool. You will see what the file holds before anything is
            saved.
          </p>
          {flow.failure ? (
            <FailureNote
              failure={flow.failure}
              canRetry={flow.fileName !== null}
              onRetry={() => void flow.retry()}
            />
          ) : null}
          <FileChooser
            format={flow.format}
            onFormat={flow.formatChosen}
            onFile={(file) => void flow.choose(file)}
          />
        </>
      ) : null}
      {stage.step === 'working' ? <Progress stage={stage} onCancel={flow.cancel} /> : null}
      {stage.step === 'preview' ? (
        <ImportPreviewView
          preview={stage.preview}
          fileName={flow.fileName}
          onImport={(id) => void flow.save(id)}
          onCancel={onClose}
        />
      ) : null}
      {stage.step === 'done' ? <Done stage={stage} onClose={onClose} /> : null}
    </Dialog>
  );
}

function FailureNote(props: { failure: ImportFailure; canRetry: boolean; onRetry: () => void }) {
  const { message, problem } = props.failure;
  const where = problem?.line
    ? `Line ${problem.line}`
    : problem?.path
      ? `At ${problem.path}`
      : null;
  const box = useRef<HTMLDivElement>(null);
  // Focus was on the progress bar's Cancel, which is gone: land on what went wrong.
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="form-error import-failure">
      <p>{message}</p>
      {where ? <p className="import-failure__where">{where}</p> : null}
      {props.canRetry ? (
        <p>
          Choose the format below and{' '}
          <button type="button" className="button--link" onClick={props.onRetry}>
            try the same file again
          </button>
          , or choose another file.
        </p>
      ) : null}
    </div>
  );
}

function Progress({
  stage,
  onCancel,
}: {
  stage: Extract<ImportStage, { step: 'working' }>;
  onCancel: () => void;
}) {
  const label = PHASES[stage.phase];
  const cancel = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // What had focus (the file input, Import) is gone: Cancel, or the progress itself when saving.
  useEffect(() => (cancel.current ?? box.current)?.focus(), []);
  const known = stage.total > 0;
  const percent = known ? Math.min(100, Math.round((stage.loaded / stage.total) * 100)) : 0;
  return (
    <div ref={box} tabIndex={-1} className="import-progress">
      <label className="import-progress__label">
        {label}…
        {/* No value while the size is unknown: the bar then shows "busy" rather than a lie. */}
        <progress max={100} value={known ? percent : undefined}>
          {known ? `${percent}%` : ''}
        </progress>
      </label>
      <p className="import-progress__numbers" aria-live="polite">
        {known ? `${percent}%` : 'Working…'}
      </p>
      {/* Once saving has started the server may already have the debate: no Cancel then. */}
      {stage.phase === 'saving' ? null : (
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

function Done({
  stage,
  onClose,
}: {
  stage: Extract<ImportStage, { step: 'done' }>;
  onClose: () => void;
}) {
  const { debate, warnings } = stage.imported;
  const actions = useRef<HTMLParagraphElement>(null);
  // Focus on the way on, so the keyboard user lands where the next step is.
  useEffect(() => actions.current?.querySelector('a')?.focus(), []);
  return (
    <div className="import-done">
      <p role="status">
        Imported “{debate.title}”: {debate.claimCount} claims, {debate.commentCount} comments.
      </p>
      {warnings.length > 0 ? (
        <ul className="import-done__warnings" aria-label="Warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <p ref={actions} className="import-preview__actions">
        <Link to={debatePath(debate.id)} onClick={onClose}>
          Open the debate
        </Link>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </p>
    </div>
  );
}

// Where a file comes in: a real file input (so the keyboard, screen readers and the browser's
// own picker all work) inside a zone that also takes a dropped file, and the format to read it
// as ("guess" unless the importer knows better, or the guess was refused).
import { type DragEvent, useId, useState } from 'react';
import { z } from 'zod';
import { FORMAT_LABELS, FORMAT_NAMES, type FormatName } from '../../domain/formats/types';

export interface FileChooserProps {
  format: FormatName | null;
  onFormat: (format: FormatName | null) => void;
  onFile: (file: File) => void;
}

const ACCEPT = '.json,.txt,.argdown,.ad,.xml,.wxr,application/json,text/plain,text/xml';

export function FileChooser({ format, onFormat, onFile }: FileChooserProps) {
  const inputId = useId();
  const formatId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="import-chooser">
      <label htmlFor={formatId} className="import-chooser__label">
        Format
      </label>
      <select
        id={formatId}
        value={format ?? ''}
        onChange={(event) => onFormat(toFormat(event.target.value))}
      >
        <option value="">Guess from the file</option>
        {FORMAT_NAMES.map((name) => (
          <option key={name} value={name}>
            {FORMAT_LABELS[name]}
          </option>
        ))}
      </select>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target wraps a real file input, which is the keyboard's way in. */}
      <div
        className={`import-drop ${over ? 'import-drop--over' : ''}`.trim()}
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop-zone"
      >
        <label htmlFor={inputId} className="import-drop__label">
          Choose a file
        </label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          aria-describedby={hintId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) still reads it.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <p id={hintId} className="import-drop__hint">
          or drop it here: AIF JSON, Argdown, Kialo (.txt), WordPress (REST JSON or WXR) or Crux
          JSON, up to 20 MB.
        </p>
      </div>
    </div>
  );
}

const FormatSchema = z.enum(FORMAT_NAMES);

function toFormat(value: string): FormatName | null {
  const parsed = FormatSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

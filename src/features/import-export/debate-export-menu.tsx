// "Export" in the debate's header: a menu button (APG pattern: the arrow keys move between the
// formats, Escape closes and returns to the button) whose items download the debate as a file.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { fetchExport } from '../../api/export-debate';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_LABELS } from '../../domain/formats/types';
import { downloadFile } from '../../ui/download-file';
import '../../styles/import-export.css';

const ITEM_LABELS: Readonly<Record<ExportFormat, string>> = {
  aif: `${FORMAT_LABELS.aif} (OVA, AIFdb)`,
  argdown: FORMAT_LABELS.argdown,
  kialo: `${FORMAT_LABELS.kialo} (.txt)`,
  crux: `${FORMAT_LABELS.crux} (everything, with history)`,
};

export function DebateExportMenu({ debateId }: { debateId: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const buttonId = useId();
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const run = async (format: ExportFormat) => {
    close(true);
    setNote(`Preparing the ${FORMAT_LABELS[format]} file…`);
    try {
      const file = await fetchExport(debateId, format);
      downloadFile(file.blob, file.filename);
      setNote(`Downloaded ${file.filename}.`);
    } catch (error) {
      setNote(error instanceof Error ? error.message : 'The export failed.');
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.findIndex((item) => item === document.activeElement);
    const move: Record<string, number | undefined> = {
      ArrowDown: (at + 1) % list.length,
      ArrowUp: (at - 1 + list.length) % list.length,
      Home: 0,
      End: list.length - 1,
    };
    const to = move[event.key];
    if (to !== undefined) {
      event.preventDefault();
      list[to]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };
  return (
    <div className="export-menu">
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export debate
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="export-menu__items"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            // The button toggles by itself; closing here too would reopen it on the same click.
            const to = event.relatedTarget;
            if (to === button.current || (to instanceof Node && event.currentTarget.contains(to)))
              return;
            close(false);
          }}
        >
          {EXPORT_FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(format)}>
                {ITEM_LABELS[format]}
              </button>
            </li>
          ))}
        </div>
      ) : null}
      <output className="export-menu__note" aria-live="polite">
        {note}
      </output>
    </div>
  );
}

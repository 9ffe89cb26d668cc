// The `?` dialog listing every map shortcut. A role="dialog" with its own focus trap rather
// than <dialog>.showModal(), which the test DOM lacks; Escape or the button closes it and focus
// goes back where it was.
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { SHORTCUTS } from './map-shortcuts';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>('button')?.focus();
    return () => returnTo?.focus({ preventScroll: true });
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    // Only one control inside: Tab and Shift+Tab stay on it.
    event.preventDefault();
    dialog.current?.querySelector<HTMLElement>('button')?.focus();
  };
  return (
    <div className="map-dialog__backdrop">
      <div
        ref={dialog}
        className="map-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="map-shortcuts-title"
        onKeyDown={onKeyDown}
      >
        <h3 id="map-shortcuts-title">Map shortcuts</h3>
        <dl className="map-dialog__list">
          {SHORTCUTS.map(({ label, does }) => (
            <div key={label} className="map-dialog__row">
              <dt>
                <kbd>{label}</kbd>
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

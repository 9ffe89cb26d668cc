// A modal dialog: role="dialog" with aria-modal, named by its heading, focus moved in on open
// (to `initialFocus`, else the first field or button), kept inside while open (Tab wraps), and
// given back to where it was on close. Escape closes. Not <dialog>.showModal(): the test DOM
// lacks it, and this is the whole of what it would do for us.
import {
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useRef,
} from 'react';
import '../styles/dialog.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes on open; the first field or button when not given. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Extra class for the panel (width). */
  className?: string;
}

export function Dialog({ title, onClose, children, initialFocus, className }: DialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Read once: focus moves in on mount only, however often the caller re-renders.
  const firstFocus = useRef(initialFocus);
  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target =
      firstFocus.current?.current ??
      panel.current?.querySelector<HTMLElement>('input, textarea, select') ??
      panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    return () => {
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key === 'Tab') trapTab(event, panel.current);
  };
  return (
    <div className="dialog__backdrop">
      <div
        ref={panel}
        className={`dialog ${className ?? ''}`.trim()}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="dialog__close" onClick={onClose}>
            Close <span className="visually-hidden">{title}</span>
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

/** Keeps Tab inside the panel: past the last control to the first, and back. */
function trapTab(event: KeyboardEvent<HTMLDivElement>, panel: HTMLElement | null) {
  if (!panel) return;
  const controls = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !panel.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

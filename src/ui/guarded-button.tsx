// A control drawn from the permission table's answer: hidden while unknown and from readers
// without an account (they have nothing to do here), disabled with the table's reason (as its
// description and tooltip) for a signed-in account that may not, enabled otherwise. Used by
// moderation and merging alike.
import { type ReactNode, useId } from 'react';
import type { Allowed } from '../domain/permissions';

export function GuardedButton({
  allowed,
  onClick,
  children,
  expanded,
  pressed,
  quiet = false,
}: {
  allowed: Allowed | undefined;
  onClick: () => void;
  children: ReactNode;
  expanded?: boolean;
  pressed?: boolean;
  /** The quieter style of secondary controls. */
  quiet?: boolean;
}) {
  const reasonId = useId();
  const className = quiet ? 'button button--quiet' : 'button';
  if (!allowed || (!allowed.ok && allowed.status === 401)) return null;
  if (!allowed.ok) {
    return (
      <>
        <button
          type="button"
          className={className}
          disabled
          title={allowed.reason}
          aria-describedby={reasonId}
        >
          {children}
        </button>
        <span id={reasonId} className="visually-hidden">
          {allowed.reason}
        </span>
      </>
    );
  }
  return (
    <button
      type="button"
      className={className}
      aria-expanded={expanded}
      aria-pressed={pressed}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

// A moderation control drawn from the permission table's answer: hidden while unknown and from
// readers without an account (they have nothing to moderate), disabled with the table's reason
// (as its description and tooltip) for a signed-in account that may not, enabled otherwise.
import { type ReactNode, useId } from 'react';
import type { Allowed } from '../../domain/permissions';

export function GuardedButton({
  allowed,
  onClick,
  children,
  expanded,
}: {
  allowed: Allowed | undefined;
  onClick: () => void;
  children: ReactNode;
  expanded?: boolean;
}) {
  const reasonId = useId();
  if (!allowed || (!allowed.ok && allowed.status === 401)) return null;
  if (!allowed.ok) {
    return (
      <>
        <button
          type="button"
          className="button button--quiet"
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
      className="button button--quiet"
      aria-expanded={expanded}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

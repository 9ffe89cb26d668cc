// A real <a href>: middle-click, copy link and "open in new tab" keep working; a plain click
// navigates in place without a page load.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useLocationSource } from './router-provider';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An app-level location such as debatePath(id). */
  to: string;
};

export function Link({ to, onClick, ...rest }: LinkProps) {
  const source = useLocationSource();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event)) return;
    event.preventDefault();
    source.push(to);
  };
  return <a {...rest} href={source.href(to)} onClick={handleClick} />;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (target === null || target === '_self')
  );
}

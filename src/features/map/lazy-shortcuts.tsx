// The keyboard shortcuts dialog, fetched the first time it is opened.
import type { ComponentProps } from 'react';
import { LazyBoundary, lazyView } from '../../ui/lazy-view';
import { LoadingStatus } from '../../ui/status';

const Dialog = lazyView(() => import('./shortcuts-dialog').then((m) => m.ShortcutsDialog));

export function ShortcutsDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <LazyBoundary fallback={<LoadingStatus>Opening…</LoadingStatus>}>
      <Dialog {...props} />
    </LazyBoundary>
  );
}

// The thread's writing forms (reply, edit) come in a chunk of their own, fetched the first time
// one is opened: a reader who only reads does not download them.
import type { ComponentProps } from 'react';
import { LazyBoundary, lazyView } from '../../ui/lazy-view';
import { LoadingStatus } from '../../ui/status';

const Composer = lazyView(() => import('./reply-composer').then((m) => m.ReplyComposer));
const Editor = lazyView(() => import('./comment-editor').then((m) => m.CommentEditor));

const OPENING = <LoadingStatus>Opening…</LoadingStatus>;

export function ReplyComposer(props: ComponentProps<typeof Composer>) {
  return (
    <LazyBoundary fallback={OPENING}>
      <Composer {...props} />
    </LazyBoundary>
  );
}

export function CommentEditor(props: ComponentProps<typeof Editor>) {
  return (
    <LazyBoundary fallback={OPENING}>
      <Editor {...props} />
    </LazyBoundary>
  );
}

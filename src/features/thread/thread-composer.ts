// Which comment form of the thread is open (one at a time) and the drafts typed into them. Kept
// by the thread, not by the rows: the list is virtual, and a row scrolled away must not take
// the reader's unfinished text with it.
import { useCallback, useMemo, useRef, useState } from 'react';

export type ComposerKind = 'reply' | 'edit' | 'delete';

/** `commentId` null is the reply to the post. */
export interface OpenComposer {
  kind: ComposerKind;
  commentId: string | null;
}

export interface ThreadComposer {
  open: OpenComposer | null;
  opened: (kind: ComposerKind, commentId: string | null) => void;
  closed: () => void;
  draft: (key: string) => string | undefined;
  drafted: (key: string, text: string) => void;
  /** Forgets a draft once it is sent. */
  sent: (key: string) => void;
}

export const draftKey = (kind: ComposerKind, commentId: string | null) =>
  `${kind}:${commentId ?? 'post'}`;

export function useThreadComposer(): ThreadComposer {
  const [open, setOpen] = useState<OpenComposer | null>(null);
  const drafts = useRef(new Map<string, string>());
  const opened = useCallback(
    (kind: ComposerKind, commentId: string | null) => setOpen({ kind, commentId }),
    [],
  );
  const closed = useCallback(() => setOpen(null), []);
  const draft = useCallback((key: string) => drafts.current.get(key), []);
  const drafted = useCallback((key: string, text: string) => {
    drafts.current.set(key, text);
  }, []);
  const sent = useCallback((key: string) => {
    drafts.current.delete(key);
  }, []);
  return useMemo(
    () => ({ open, opened, closed, draft, drafted, sent }),
    [open, opened, closed, draft, drafted, sent],
  );
}

export function isOpen(
  composer: ThreadComposer,
  kind: ComposerKind,
  commentId: string | null,
): boolean {
  return composer.open?.kind === kind && composer.open.commentId === commentId;
}

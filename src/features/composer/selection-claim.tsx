// "This is a claim", next to words the reader selects in the post or a comment. It reads the
// selection as offsets in the source's plain text (selection-offsets.ts) and opens the mark
// form on them. Pressing the button must not clear the selection first, so it never takes
// focus on mouse down.
import { type RefObject, useEffect, useState } from 'react';
import { useCurrentUser } from '../../api/get-session';
import type { Post } from '../../domain/model';
import { useAccountActions } from '../../state/account-store-provider';
import { useViewActions } from '../../state/hooks';
import { type SourceSelection, selectionInSource } from '../../ui/selection-offsets';
import { sourceFromKey, useSourceLookup } from './source-text';

interface Placed extends SourceSelection {
  top: number;
  left: number;
}

export function SelectionClaimButton({
  debate,
  container,
}: {
  debate: { id: string; post: Post };
  container: RefObject<HTMLElement | null>;
}) {
  const { textOf } = useSourceLookup(debate);
  const [placed, setPlaced] = useState<Placed | null>(null);
  const user = useCurrentUser();
  const { claimMarkStarted } = useViewActions();
  const { signInRequested } = useAccountActions();

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const inside =
        selection?.anchorNode && container.current?.contains(selection.anchorNode) === true;
      const found = inside ? selectionInSource(selection, textOf) : null;
      if (!found || !selection) {
        setPlaced(null);
        return;
      }
      const range = selection.getRangeAt(0);
      // Where layout is missing (the test DOM) the button sits at the top left, still usable.
      const rect =
        typeof range.getBoundingClientRect === 'function'
          ? range.getBoundingClientRect()
          : { bottom: 0, left: 0 };
      setPlaced({ ...found, top: rect.bottom + 6, left: rect.left });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, textOf]);

  if (!placed) return null;
  const open = () => {
    setPlaced(null);
    if (!user) {
      signInRequested('Sign in to mark a claim.');
      return;
    }
    claimMarkStarted({
      source: sourceFromKey(placed.source),
      start: placed.start,
      end: placed.end,
    });
    document.getSelection()?.removeAllRanges();
  };
  return (
    <button
      type="button"
      className="button button--primary selection-claim"
      style={{ top: placed.top, left: placed.left }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={open}
    >
      This is a claim
    </button>
  );
}

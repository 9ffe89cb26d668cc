// "Copy link" for a comment: copies the absolute permalink (in the hash-routed demo too, since
// the href comes from the location source) and says so. Without the async clipboard (an insecure
// origin, an old browser) it shows the address in a field, selected, for the reader to copy.
import { useEffect, useRef, useState } from 'react';
import { useLocationSource } from '../../ui/router';

type CopyState = 'idle' | 'copied' | 'manual';

export function CopyLink({ to, label }: { to: string; label: string }) {
  const source = useLocationSource();
  const [state, setState] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);
  const url = new URL(source.href(to), window.location.href).href;
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);
  return (
    <>
      <button type="button" className="comment__copy" onClick={() => void copy()}>
        Copy link <span className="visually-hidden">to {label}</span>
      </button>
      <span role="status" className="comment__copied">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'manual' ? (
        <input
          ref={field}
          className="comment__copy-field"
          readOnly
          value={url}
          aria-label={`Link to ${label}: press Ctrl+C or ⌘C to copy`}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </>
  );
}

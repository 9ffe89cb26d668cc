// A view in a chunk of its own: the fallback while it arrives, then the view; a message (not a
// blank page) when it cannot be loaded, and a retry on the next use; drawn at once, with no
// fallback, once it has been fetched; and what was typed in it survives later renders.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LazyBoundary, lazyView } from './lazy-view';
import { LoadingStatus } from './status';

function Field({ label }: { label: string }) {
  const [value, setValue] = useState('');
  return (
    <label>
      {label}
      <input value={value} onChange={(event) => setValue(event.target.value)} />
    </label>
  );
}

/** A chunk whose arrival the test decides. */
function chunk() {
  let arrive: (view: typeof Field) => void = () => {};
  let fail: (error: Error) => void = () => {};
  let loads = 0;
  const load = () => {
    loads += 1;
    return new Promise<typeof Field>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
  };
  return {
    View: lazyView(load),
    arrive: (view: typeof Field) => act(async () => arrive(view)),
    fail: (error: Error) => act(async () => fail(error)),
    get loads() {
      return loads;
    },
  };
}

const shown = (View: ReturnType<typeof lazyView<{ label: string }>>, label = 'Your reply') => (
  <LazyBoundary fallback={<LoadingStatus>Opening…</LoadingStatus>}>
    <View label={label} />
  </LazyBoundary>
);

describe('lazyView in a LazyBoundary', () => {
  it('says it is opening, then shows the view; what is typed survives a re-render', async () => {
    const { View, arrive } = chunk();
    const { rerender } = render(shown(View));
    expect(screen.getByRole('status')).toHaveTextContent('Opening…');
    await arrive(Field);
    const field = screen.getByRole('textbox', { name: 'Your reply' });
    await userEvent.type(field, 'Hello');
    rerender(shown(View, 'Your reply'));
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue('Hello');
  });

  it('draws a view already fetched at once, with no fallback', async () => {
    const { View, arrive } = chunk();
    const preloaded = View.preload();
    await arrive(Field);
    await preloaded;
    render(shown(View));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeInTheDocument();
  });

  it('says so when the chunk cannot be loaded, and tries again on the next use', async () => {
    const loading = chunk();
    const { View, fail } = loading;
    render(shown(View));
    await fail(new Error('offline'));
    expect(screen.getByRole('alert')).toHaveTextContent('could not be shown');
    expect(loading.loads).toBe(1);
    const retried = expect(View.preload()).rejects.toThrow('still offline');
    await fail(new Error('still offline'));
    await retried;
    expect(loading.loads).toBe(2);
  });
});

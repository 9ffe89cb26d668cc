// Every comment and anchor of a debate that any thread query has loaded so far (pages of either
// sort, continuations, claim contexts), read straight from React Query's cache: the post, the
// thread and the map see the same comments without copying server data anywhere else.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Anchor, Id } from '../domain/model';
import type { ThreadComment } from '../domain/thread-page';
import { threadQueryPrefix } from './list-comments';

export interface LoadedThread {
  comments: ReadonlyMap<Id, ThreadComment>;
  /** Anchors said in loaded comments, each once. */
  anchors: readonly Anchor[];
}

interface Chunk {
  comments: readonly ThreadComment[];
  anchors: readonly Anchor[];
}

function chunksOf(data: unknown): Chunk[] {
  if (typeof data !== 'object' || data === null) return [];
  if ('pages' in data && Array.isArray(data.pages)) return data.pages as Chunk[];
  return 'comments' in data ? [data as Chunk] : [];
}

function collect(client: QueryClient, debateId: string): unknown[] {
  return client
    .getQueryCache()
    .findAll({ queryKey: threadQueryPrefix(debateId) })
    .map((q) => q.state.data)
    .filter((d) => d !== undefined);
}

export function mergeLoaded(datas: readonly unknown[]): LoadedThread {
  const comments = new Map<Id, ThreadComment>();
  const anchors = new Map<Id, Anchor>();
  for (const chunk of datas.flatMap(chunksOf)) {
    for (const c of chunk.comments) comments.set(c.id, c);
    for (const a of chunk.anchors) anchors.set(a.id, a);
  }
  return { comments, anchors: [...anchors.values()] };
}

const DATA_EVENTS: ReadonlySet<string> = new Set(['added', 'removed', 'updated']);

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => key[i] === part);

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function useLoadedThread(debateId: string): LoadedThread {
  const client = useQueryClient();
  const last = useRef<{ datas: unknown[]; merged: LoadedThread } | null>(null);
  // Only changes to thread queries' data matter. Observer events ('observerResultsUpdated' and
  // the like) are raised while other components render; answering them updated this hook's
  // component during someone else's render, which React refuses with a warning.
  const subscribe = useCallback(
    (onChange: () => void) =>
      client.getQueryCache().subscribe((event) => {
        if (!DATA_EVENTS.has(event.type)) return;
        if (!startsWith(event.query.queryKey, threadQueryPrefix(debateId))) return;
        onChange();
      }),
    [client, debateId],
  );
  const getSnapshot = useCallback(() => {
    const datas = collect(client, debateId);
    if (last.current && same(last.current.datas, datas)) return last.current.merged;
    last.current = { datas, merged: mergeLoaded(datas) };
    return last.current.merged;
  }, [client, debateId]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

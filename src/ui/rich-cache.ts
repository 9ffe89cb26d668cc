// A comment body parsed once per comment object, and the Markdown parser fetched only when a body
// needs it. Most bodies (the seed, imports, plain replies) have no Markdown: their plain text is
// the body and they are drawn without the parser (rich-comment.tsx), so a reader's first view
// does not download remark (~30 KB gzip) unless a comment on screen has Markdown in it. Keyed by
// the object, so a refetched or edited comment, a new object, is read again and nothing stale stays.
import { useEffect, useSyncExternalStore } from 'react';
import { isPlainBody } from '../domain/plain-body';
import type { RichText } from '../domain/rich-text';

type MarkdownModule = typeof import('./rich-markdown');

const parsed = new WeakMap<object, RichText>();
const plain = new WeakMap<object, boolean>();
// The parser's module once it has arrived. Module state, not per page: like the browser's own
// module cache, which it mirrors, it only ever goes from missing to loaded.
let markdown: MarkdownModule | null = null;
let loading: Promise<MarkdownModule> | null = null;
const listeners = new Set<() => void>();

/** Fetches the Markdown parser and renderer (once); views waiting for it are told when it lands. */
export function loadMarkdown(): Promise<MarkdownModule> {
  loading ??= import('./rich-markdown').then((module) => {
    markdown = module;
    for (const listener of listeners) listener();
    return module;
  });
  return loading;
}

/** True once the parser is loaded: memoised indexes over comment text depend on it. */
export function useMarkdownLoaded(): boolean {
  return useSyncExternalStore(subscribe, isLoaded, isLoaded);
}

/** The Markdown module once loaded, else null (and, when `wanted`, it is asked for). */
export function useMarkdown(wanted: boolean): MarkdownModule | null {
  const loaded = useMarkdownLoaded();
  useEffect(() => {
    if (wanted && !loaded) void loadMarkdown();
  }, [wanted, loaded]);
  return loaded ? markdown : null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isLoaded = () => markdown !== null;

/** Whether the body reads as its own text, with no Markdown (cached per comment object). */
export function isPlainComment(comment: { body: string }): boolean {
  let result = plain.get(comment);
  if (result === undefined) {
    result = isPlainBody(comment.body);
    plain.set(comment, result);
  }
  return result;
}

/** The parsed body, or null while the parser is still on its way (asking for it starts that). */
export function richTextOf(comment: { body: string }): RichText | null {
  const cached = parsed.get(comment);
  if (cached) return cached;
  if (!markdown) {
    void loadMarkdown();
    return null;
  }
  const rich = markdown.parseRichText(comment.body);
  parsed.set(comment, rich);
  return rich;
}

/**
 * The plain text a comment's anchors count in (decision 0004), or null when the body has
 * Markdown and the parser has not arrived yet: not knowing it is not the same as the words
 * being gone, so callers leave such a comment's anchors undrawn rather than orphaned.
 */
export function knownPlainText(comment: { body: string }): string | null {
  if (isPlainComment(comment)) return comment.body;
  return richTextOf(comment)?.plainText ?? null;
}

/**
 * The plain text a comment's anchors count in. For writing and moderating views, drawn after the
 * thread (whose Markdown bodies have fetched the parser by then); should one run first, it gets
 * the body as typed, which differs only where Markdown syntax is.
 */
export function commentPlainText(comment: { body: string }): string {
  return knownPlainText(comment) ?? comment.body;
}

// Scrolling the virtual thread to what the reader asked for: a selected claim said in a comment,
// or the comment a permalink names. Either may not be loaded yet, so each loads its context
// (which lands in the loaded thread) and, once its row exists, brings it on screen and keeps it
// there while the page settles, once per request.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useClaimAnchors } from '../../api/get-claim-anchors';
import { useCommentContext } from '../../api/get-comment-context';
import { commentsOptions } from '../../api/list-comments';
import type { ThreadRow } from '../../domain/thread-rows';
import { useSelectedClaimId } from '../../state/hooks';
import { type AnchorIndex, claimsIn } from '../../ui/anchor-index';

type ScrollToIndex = (i: number, options: { align: 'center' }) => void;

/** The jump stops watching once its row has stayed on screen this long… */
const SETTLED_MS = 1_500;
/** …or after this long in all, whatever happens. */
const GIVE_UP_MS = 10_000;
/** Asking the virtual list for a row not drawn yet, at most this often. */
const RETRY_MS = 150;
/** Input that means the reader has taken the scroll over. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** The nearest ancestor that scrolls, or the document's scroller. */
function scrollBoxOf(element: Element): Element {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Whether most of the element (or of its scroll box, when the element is taller) is in view;
 * null when it has no box to judge by (a hidden pane, a test DOM without layout).
 */
function isInView(element: Element): boolean | null {
  const at = element.getBoundingClientRect();
  if (at.height === 0) return null;
  const box = scrollBoxOf(element).getBoundingClientRect();
  const shown = Math.min(at.bottom, box.bottom) - Math.max(at.top, box.top);
  return shown >= Math.min(at.height, box.height) * 0.9;
}

/**
 * Brings the comment `commentId` (row `target`) on screen once per `key`, and keeps it there
 * while the page settles. One scroll is not enough: the virtual list places rows by estimated
 * heights until it measures them, and the post above the thread, later pages and fonts can all
 * move the row after the scroll has landed. So each frame it looks for the row's element: not
 * drawn yet, it asks the list for the row again; drawn but off screen, it scrolls it into view.
 * It stops when the row has stayed in view for SETTLED_MS, when the reader scrolls, clicks or
 * types, or after GIVE_UP_MS. A null key re-arms it (the request was dropped).
 */
function useKeepInView(
  key: string | null,
  target: number,
  commentId: string | null,
  scrollToIndex: ScrollToIndex,
) {
  const done = useRef<string | null>(null);
  const stopWatching = useRef<(() => void) | null>(null);
  const latest = useRef({ target, commentId, scrollToIndex });
  latest.current = { target, commentId, scrollToIndex };
  const found = target >= 0 && commentId !== null;
  useEffect(() => {
    if (key === null) done.current = null;
    if (key === null || !found || done.current === key) return;
    done.current = key;
    // The loop reads the row afresh each frame: pages arriving above it move its index.
    stopWatching.current = watchRow(() => latest.current);
  }, [key, found]);
  // Only a new request or leaving the page ends the watch, not a re-render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the cleanup must run when key changes.
  useEffect(
    () => () => {
      stopWatching.current?.();
      stopWatching.current = null;
    },
    [key],
  );
}

/** The frame loop of useKeepInView; returns its stop. */
function watchRow(
  now: () => { target: number; commentId: string | null; scrollToIndex: ScrollToIndex },
): () => void {
  const started = performance.now();
  let askedAt = Number.NEGATIVE_INFINITY;
  let inViewSince: number | null = null;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  };
  const tick = (time: number) => {
    const { target, commentId, scrollToIndex } = now();
    const element = commentId
      ? document.querySelector(`[data-comment-id="${CSS.escape(commentId)}"]`)
      : null;
    const inView = element ? isInView(element) : false;
    if (!element && time - askedAt >= RETRY_MS && target >= 0) {
      askedAt = time;
      scrollToIndex(target, { align: 'center' });
    }
    if (element && inView === false) element.scrollIntoView({ block: 'center' });
    inViewSince = inView ? (inViewSince ?? time) : null;
    // No box to judge by (a hidden pane, a test DOM): the list's own scroll is all there is.
    if (inView === null && target >= 0) scrollToIndex(target, { align: 'center' });
    const settled = inViewSince !== null && time - inViewSince >= SETTLED_MS;
    if (inView === null || settled || time - started >= GIVE_UP_MS) stop();
    else frame = requestAnimationFrame(tick);
  };
  for (const type of READER_INPUT) window.addEventListener(type, stop, true);
  frame = requestAnimationFrame(tick);
  return stop;
}

/**
 * When a claim is selected, load where it is said (its comments and their ancestors) and scroll
 * the list to the first row that states it, unless the post states it (the post is above).
 */
export function useJumpToClaim(
  debateId: string,
  rows: readonly ThreadRow[],
  index: AnchorIndex,
  scrollToIndex: ScrollToIndex,
) {
  const claimId = useSelectedClaimId();
  const inPost = claimId !== null && claimsIn(index, 'post').has(claimId);
  const wanted = claimId !== null && !inPost ? claimId : null;
  useClaimAnchors(debateId, wanted);
  const target = wanted
    ? rows.findIndex(
        (r) => r.kind === 'comment' && claimsIn(index, `comment:${r.comment.id}`).has(wanted),
      )
    : -1;
  const row = rows[target];
  useKeepInView(wanted, target, row?.kind === 'comment' ? row.comment.id : null, scrollToIndex);
}

/**
 * A permalink's comment: load it with its ancestors and its first page of replies (what it
 * answers and what answers it), scroll to it; says if it is not there.
 */
export function useJumpToComment(
  debateId: string,
  commentId: string | null,
  rows: readonly ThreadRow[],
  scrollToIndex: ScrollToIndex,
): { error: Error | null } {
  const context = useCommentContext(debateId, commentId);
  useInfiniteQuery({
    ...commentsOptions(debateId, { sort: 'oldest', parentId: commentId ?? '', from: null }),
    enabled: commentId !== null && context.isSuccess,
  });
  const target = commentId
    ? rows.findIndex((r) => r.kind === 'comment' && r.comment.id === commentId)
    : -1;
  useKeepInView(commentId, target, commentId, scrollToIndex);
  return { error: context.error };
}

// The threaded comments under the post: a virtual list (only on-screen rows are in the DOM) in
// the discussion pane's own scroll, loading pages as the reader nears the end, sorted oldest or
// newest, with collapsible replies. Selecting a claim said in a comment not loaded yet loads its
// context and scrolls to it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import { useCurrentUser } from '../../api/get-session';
import type { ThreadSort } from '../../domain/build-thread';
import type { Claim, Id, Post } from '../../domain/model';
import { useAccountActions } from '../../state/account-store-provider';
import { useRoute } from '../../ui/router';
import { ErrorStatus, LoadingStatus } from '../../ui/status';
import { useAnchoredTextBindings, useAnchorIndex } from '../../ui/use-debate-index';
import { CommentItem, type CommentItemContext } from './comment-item';
import { PostReply } from './post-reply';
import { useThreadComposer } from './thread-composer';
import { useJumpToClaim, useJumpToComment } from './use-jump';
import { useThread } from './use-thread';
import '../../styles/thread.css';

/** A comment's height until measured: long comments are common, so err on the tall side. */
const ROW_ESTIMATE = 220;
/** Rows drawn before the scroll box has a size (first paint, jsdom). */
const ROWS_BEFORE_LAYOUT = 30;

export interface ThreadDebate {
  id: string;
  post: Post;
  claims: Claim[];
  anchors: import('../../domain/model').Anchor[];
  /** Present on the overview from useDebate; a whole Debate counts its comments instead. */
  commentCount?: number;
  comments?: readonly unknown[];
}

export function ThreadView({
  debate,
  commentActions,
}: {
  debate: ThreadDebate;
  /** What the page adds to each comment's actions (moderators' Hide), drawn after the rest. */
  commentActions?: CommentItemContext['commentActions'];
}) {
  const [sort, setSort] = useState<ThreadSort>('oldest');
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(new Set());
  const thread = useThread(debate.id, sort, collapsed);
  const index = useAnchorIndex(debate);
  const bindings = useAnchoredTextBindings(debate);
  const listRef = useRef<HTMLOListElement>(null);
  const sortId = useId();
  const onToggle = (id: Id) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const route = useRoute();
  const linkedId = route.name === 'debate' ? route.commentId : null;
  const user = useCurrentUser();
  const composer = useThreadComposer();
  const { signInRequested } = useAccountActions();
  const context: CommentItemContext = {
    debateId: debate.id,
    index,
    numbers: thread.numbers,
    bindings,
    onToggle,
    linkedId,
    user,
    composer,
    onSignIn: signInRequested,
    commentActions,
  };
  const virtualizer = useVirtualizer({
    count: thread.rows.length,
    getScrollElement: () => listRef.current?.closest('.discussion') ?? null,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => thread.rows[i]?.key ?? i,
    overscan: 4,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  useJumpToClaim(debate.id, thread.rows, index, virtualizer.scrollToIndex);
  const linked = useJumpToComment(debate.id, linkedId, thread.rows, virtualizer.scrollToIndex);
  const items = virtualizer.getVirtualItems();
  const drawn =
    items.length > 0
      ? items.map((item) => ({ index: item.index, start: item.start }))
      : thread.rows.slice(0, ROWS_BEFORE_LAYOUT).map((_, i) => ({ index: i, start: null }));
  const lastDrawn = drawn.at(-1)?.index ?? -1;
  const wantsNext = thread.rows[lastDrawn]?.kind === 'next';
  const { fetchNextPage, isFetchingNextPage } = thread;
  // Once per arrival of the "next" row on screen: not on every render while it stays there.
  useEffect(() => {
    if (wantsNext && !isFetchingNextPage) fetchNextPage();
  }, [wantsNext, isFetchingNextPage, fetchNextPage]);

  const count = debate.commentCount ?? debate.comments?.length ?? 0;
  return (
    <section className="thread" aria-labelledby="thread-heading">
      <div className="thread__bar">
        <h2 id="thread-heading" className="thread__heading">
          {count === 1 ? '1 comment' : `${count} comments`}
        </h2>
        <label htmlFor={sortId}>Sort comments</label>
        <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as ThreadSort)}>
          <option value="oldest">Oldest first</option>
          <option value="newest">Newest first</option>
        </select>
      </div>
      <PostReply debateId={debate.id} user={user} composer={composer} onSignIn={signInRequested} />
      {thread.isPending ? <LoadingStatus>Loading comments…</LoadingStatus> : null}
      {thread.error ? (
        <ErrorStatus title="Could not load the comments" error={thread.error} />
      ) : null}
      {linked.error ? (
        <ErrorStatus title="Could not find the linked comment" error={linked.error} />
      ) : null}
      {!thread.isPending && thread.rows.length === 0 ? (
        <p className="thread__empty">No comments yet.</p>
      ) : null}
      <ol
        ref={listRef}
        className="thread__list"
        style={{
          position: 'relative',
          height: items.length > 0 ? virtualizer.getTotalSize() : undefined,
        }}
      >
        {drawn.map(({ index: i, start }) => {
          const row = thread.rows[i];
          if (!row) return null;
          const depth = row.kind === 'comment' ? row.comment.thread.depth : 0;
          const style =
            start === null
              ? { marginLeft: `${Math.min(depth, 8) * 1.25}rem` }
              : {
                  position: 'absolute' as const,
                  top: 0,
                  left: `${Math.min(depth, 8) * 1.25}rem`,
                  right: 0,
                  transform: `translateY(${start - virtualizer.options.scrollMargin}px)`,
                };
          return (
            <li
              key={row.key}
              data-index={i}
              ref={virtualizer.measureElement}
              className="comment"
              style={style}
            >
              {row.kind === 'comment' ? (
                <CommentItem comment={row.comment} collapsed={row.collapsed} context={context} />
              ) : row.kind === 'more' ? (
                <button
                  type="button"
                  className="thread__more"
                  onClick={() => thread.loadMore(row.parentId)}
                >
                  {row.hidden === 1 ? 'Show 1 more reply' : `Show ${row.hidden} more replies`}
                </button>
              ) : (
                <button type="button" className="thread__more" onClick={thread.fetchNextPage}>
                  {thread.isFetchingNextPage ? 'Loading more comments…' : 'Load more comments'}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

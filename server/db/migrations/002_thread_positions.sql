-- The thread in pages (docs/decisions/0004-paged-thread.md). Each comment keeps its place in
-- reading order for both sorts, computed by src/domain/thread-page.ts when the debate is written:
-- its top-level thread (root_id, root_rank_*), its depth-first index in that thread (pos_*), its
-- depth and reply counts. A page is then a range of (root_rank, pos) read by an index range scan,
-- and a continuation ("N more replies") a range of pos within one root.
--
-- Rows written before this migration have nulls here; the store fills them in the first time the
-- debate's thread is read (the numbering needs the tree, which SQL alone cannot sort the same way).

alter table comments
  add column root_id text,
  add column depth integer,
  add column reply_count integer,
  add column thread_reply_count integer,
  add column root_rank_oldest integer,
  add column pos_oldest integer,
  add column root_rank_newest integer,
  add column pos_newest integer;

-- Main pages show at most 20 replies per top-level thread (THREAD_REPLY_CAP): partial indexes
-- hold only those rows, so a thread of 5,000 replies costs a page nothing to skip.
create index comments_page_oldest_idx on comments (debate_id, root_rank_oldest, pos_oldest)
  where pos_oldest <= 20;
create index comments_page_newest_idx on comments (debate_id, root_rank_newest, pos_newest)
  where pos_newest <= 20;
-- Continuations: the descendants of one comment are a contiguous pos range within its root.
create index comments_subtree_oldest_idx on comments (debate_id, root_id, pos_oldest);
create index comments_subtree_newest_idx on comments (debate_id, root_id, pos_newest);

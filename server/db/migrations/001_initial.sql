-- The first schema: a debate and everything said about it, normalised one table per kind.
--
-- Every child row carries `position`, its index in the debate's list, so a debate reads back in
-- exactly the order it was written. Ids are unique per debate (two debates may both have a claim
-- "thesis"), hence the (debate_id, id) keys.
--
-- Timestamps from the model (published_at, created_at of comments) are kept as the ISO 8601
-- text they arrived as: a timestamptz would normalise the offset and precision, and the debate
-- would no longer read back equal to what was written. The API validates them with zod.

create table debates (
  id text primary key,
  -- Creation order for the debate list; an identity so concurrent creators never collide.
  position bigint generated always as identity unique,
  title text not null,
  author text,
  published_at text,
  source_url text,
  paragraphs text[] not null check (cardinality(paragraphs) > 0),
  created_at timestamptz not null default now(),
  -- Reserved for the per-debate event sequence number (live updates, undo).
  seq bigint not null default 0
);

create table comments (
  debate_id text not null references debates (id) on delete cascade,
  id text not null,
  position integer not null,
  -- No foreign key: a reply whose parent is missing is valid data, shown at the top level.
  parent_id text,
  author text,
  created_at text,
  body text not null,
  visibility text not null check (visibility in ('visible', 'hidden', 'deleted')),
  sibling_order integer not null check (sibling_order >= 0),
  primary key (debate_id, id),
  unique (debate_id, position)
);
create index comments_parent_idx on comments (debate_id, parent_id);

create table claims (
  debate_id text not null references debates (id) on delete cascade,
  id text not null,
  position integer not null,
  text text not null check (text <> ''),
  primary key (debate_id, id),
  unique (debate_id, position)
);

create table relations (
  debate_id text not null references debates (id) on delete cascade,
  id text not null,
  position integer not null,
  from_id text not null,
  to_id text not null,
  kind text not null check (kind in ('supports', 'attacks')),
  primary key (debate_id, id),
  unique (debate_id, position),
  unique (debate_id, from_id, to_id),
  check (from_id <> to_id),
  foreign key (debate_id, from_id) references claims (debate_id, id) on delete cascade,
  foreign key (debate_id, to_id) references claims (debate_id, id) on delete cascade
);
-- A claim's children (its supporters and attackers) are looked up by `to_id`.
create index relations_to_idx on relations (debate_id, to_id);

create table anchors (
  debate_id text not null references debates (id) on delete cascade,
  id text not null,
  position integer not null,
  claim_id text not null,
  source_kind text not null check (source_kind in ('post', 'comment')),
  comment_id text,
  quote_exact text not null check (quote_exact <> ''),
  quote_prefix text not null,
  quote_suffix text not null,
  text_start integer not null check (text_start >= 0),
  text_end integer not null,
  primary key (debate_id, id),
  unique (debate_id, position),
  check ((source_kind = 'comment') = (comment_id is not null)),
  check (text_end > text_start),
  foreign key (debate_id, claim_id) references claims (debate_id, id) on delete cascade,
  foreign key (debate_id, comment_id) references comments (debate_id, id) on delete cascade
);
create index anchors_claim_idx on anchors (debate_id, claim_id);
create index anchors_comment_idx on anchors (debate_id, comment_id);

-- The Commenter issue: accounts and sessions, the per-debate event log, suggested claims, and the
-- columns a comment written in Crux has (author account, version, edit time, target claim).
--
-- New optional model fields are nullable with no default, so rows written before this migration
-- read back exactly as they were saved: a comment without `version` stays without one (absent
-- means 1), an anchor that is not orphaned has no `orphaned` key.

create table users (
  id text primary key,
  -- As typed; names are compared case-insensitively (usernames are ASCII letters and digits).
  name text not null,
  password_hash text not null,
  created_at timestamptz not null default now()
);
create unique index users_name_lower_idx on users (lower(name));

create table sessions (
  -- SHA-256 of the cookie's token, never the token itself.
  token_hash text primary key,
  user_id text not null references users (id) on delete cascade,
  csrf_token text not null,
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

-- Every change to a debate, numbered 1, 2, 3 … per debate with no gaps. A writer takes the next
-- number with `update debates set seq = seq + 1 … returning seq`: the row lock orders writers of
-- one debate, so events commit in seq order and a reader never sees seq n+1 before n.
create table events (
  debate_id text not null references debates (id) on delete cascade,
  seq bigint not null check (seq > 0),
  type text not null,
  -- ISO 8601 text as the server wrote it (decision 0003: timestamps round-trip verbatim).
  at text not null,
  actor_id text references users (id) on delete set null,
  -- { upsert, remove } of the DebateEvent, parsed with zod when read.
  payload jsonb not null,
  primary key (debate_id, seq)
);

-- Claims marked by someone who may not apply them, waiting for a moderator.
create table suggestions (
  debate_id text not null references debates (id) on delete cascade,
  id text not null,
  author_id text not null references users (id) on delete cascade,
  created_at text not null,
  status text not null check (status in ('pending', 'accepted', 'declined')),
  -- The MarkClaim request as made.
  mark jsonb not null,
  exact text not null,
  primary key (debate_id, id)
);
create index suggestions_author_idx on suggestions (debate_id, author_id, created_at);

alter table comments
  add column author_id text,
  -- Null for comments from elsewhere (seed, imports): absent in the model, which means 1.
  add column version integer check (version > 0),
  add column edited_at text,
  add column target_claim_id text,
  add column target_stance text check (target_stance in ('supports', 'attacks', 'question')),
  add constraint comments_target_check check ((target_claim_id is null) = (target_stance is null));
create index comments_author_idx on comments (author_id) where author_id is not null;

alter table anchors add column orphaned boolean not null default false;

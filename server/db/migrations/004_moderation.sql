-- The Moderator issue: roles, curation and the moderation log.
--
-- Roles: every account has a site role; moderators of one debate are listed per debate.
alter table users
  add column role text not null default 'commenter'
    check (role in ('commenter', 'moderator', 'admin'));

create table debate_moderators (
  user_id text not null references users (id) on delete cascade,
  debate_id text not null references debates (id) on delete cascade,
  primary key (user_id, debate_id)
);
create index debate_moderators_debate_idx on debate_moderators (debate_id);

-- A hidden claim is kept (with its relations and anchors) but served only to moderators.
-- Hidden comments use comments.visibility = 'hidden', which 001 already allows.
alter table claims add column hidden boolean not null default false;

-- Every wording a claim has had: revision 1 is the wording before its first edit, each edit
-- (and each undo of one) adds the next. Never updated or deleted while the claim exists.
create table claim_revisions (
  debate_id text not null references debates (id) on delete cascade,
  claim_id text not null,
  revision integer not null check (revision > 0),
  text text not null,
  -- ISO 8601 text, as events.at (decision 0003).
  at text not null,
  actor_id text references users (id) on delete set null,
  -- The event that set this wording; null for the wording the claim had before any edit.
  seq bigint,
  primary key (debate_id, claim_id, revision)
);

-- The moderation log reads the event log: each moderator's event carries why (reason), which
-- entry it undoes (undoes), and the rows as they were before it (in payload.before), so undo
-- can put them back exactly.
alter table events
  add column reason text,
  add column undoes bigint;
create index events_undoes_idx on events (debate_id, undoes) where undoes is not null;

-- Who decided a suggestion, when, and which event applied it.
alter table suggestions
  add column reviewed_by text references users (id) on delete set null,
  add column reviewed_at text,
  add column review_reason text,
  add column seq bigint;
create index suggestions_status_idx on suggestions (debate_id, status, created_at);

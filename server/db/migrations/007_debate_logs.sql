-- A debate's event log can be exported and imported whole (decision 0009). A log replays from
-- the rows the debate was created with, so those are kept: `base` is written once, when the
-- debate is created (null for debates created before this migration: their logs cannot be
-- replayed, and are exported without their events). Text, not json: it is only ever read back
-- whole, and checking megabytes of JSON on the way in is time a big import does not need to spend.
alter table debates add column base text;

-- An imported log names the accounts of the installation it came from. Their ids are kept as
-- they are, opaque: they need not, and usually do not, name an account here.
alter table events drop constraint if exists events_actor_id_fkey;

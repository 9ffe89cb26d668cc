-- The Moderator issue: merging duplicate claims.
--
-- A surviving claim keeps the wordings of the claims merged into it (phrasings) and their ids
-- (aliases), so old links and replies naming a merged id land on it. Both are JSON arrays as text
-- (null when the claim has none, so claims saved before read back exactly as they were).
alter table claims
  add column phrasings text,
  add column aliases text;
-- "Which claim was k-1 merged into?": only asked for an id that is no claim, but then fast.
create index claims_aliases_idx on claims using gin ((aliases::jsonb)) where aliases is not null;

-- The replies to a claim move with it when it is merged.
create index comments_target_idx on comments (debate_id, target_claim_id)
  where target_claim_id is not null;

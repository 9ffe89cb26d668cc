-- Every read a reader makes asks what is hidden in the debate (issue 5): partial indexes keep
-- that to the hidden rows, never a scan of a 100k-claim debate.
create index claims_hidden_idx on claims (debate_id) where hidden;
create index comments_hidden_idx on comments (debate_id) where visibility = 'hidden';

// What a moderator asks for when merging duplicate claims, as zod schemas shared by the API
// (which parses request bodies with them) and a later UI (which builds them from the preview).
import { z } from 'zod';
import { LIMITS } from '../commands';
import { IdSchema, RelationKindSchema } from '../model';

/** The most claims one merge may fold together: a duplicate group, not a rewrite of the map. */
export const MAX_MERGE_CLAIMS = 20;

/** Which wording survives: one of the claims as it is, or new words (kept on the first claim). */
export const SurvivorSchema = z.union([
  z.object({ keep: IdSchema }).strict(),
  z.object({ text: z.string().trim().min(1).max(LIMITS.claimText) }).strict(),
]);
export type Survivor = z.infer<typeof SurvivorSchema>;

/**
 * The stance the merged claim takes where the claims disagree about one other claim (one
 * supports it, another attacks it). `from` and `to` are as after the merge: one is the survivor.
 */
export const StanceChoiceSchema = z.object({
  from: IdSchema,
  to: IdSchema,
  kind: RelationKindSchema,
});
export type StanceChoice = z.infer<typeof StanceChoiceSchema>;

export const MergeRequestSchema = z.object({
  /** The claims to fold into one, in the order the moderator listed them. */
  claimIds: z
    .array(IdSchema)
    .min(2, 'a merge needs at least two claims')
    .max(MAX_MERGE_CLAIMS, `a merge folds at most ${MAX_MERGE_CLAIMS} claims`),
  survivor: SurvivorSchema,
  /** How each opposite-stances conflict the preview listed is resolved. */
  stances: z.array(StanceChoiceSchema).max(100).optional(),
  /**
   * The claims' revision tags from the preview (claimTag). When given, a claim that changed
   * or went since is a conflict (409 with the current state), not a merge of something unseen.
   */
  expected: z.record(IdSchema, z.string().max(40)).optional(),
  /** Why, in the moderator's words (the moderation log shows it). */
  reason: z.string().trim().max(500).optional(),
});
export type MergeRequest = z.infer<typeof MergeRequestSchema>;

/** POST /merges/:seq/undo: why, optionally. */
export const UnmergeRequestSchema = z.object({
  reason: z.string().trim().max(500).optional(),
});
export type UnmergeRequest = z.infer<typeof UnmergeRequestSchema>;

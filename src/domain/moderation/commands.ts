// What a moderator may ask to change (issue 5), as zod schemas shared by the API (request
// bodies) and a later UI. Each change is one event with the moderator's reason.
import { z } from 'zod';
import { LIMITS } from '../commands';
import { IdSchema, RelationKindSchema } from '../model';

/** Why, in the moderator's words: shown in the moderation log. */
export const ReasonSchema = z.string().trim().max(500);
/** Hiding needs a reason: the log must say why words were taken from readers. */
const RequiredReasonSchema = ReasonSchema.min(
  1,
  'say why (a reason is shown in the moderation log)',
);

/** PATCH /api/debates/:id/claims/:claimId: a new wording. */
export const EditClaimSchema = z.object({
  text: z.string().trim().min(1).max(LIMITS.claimText),
  /**
   * The wording the moderator saw. When given and the claim says something else now (another
   * moderator edited it meanwhile), the edit is refused with 409 and the current wording.
   */
  expected: z.string().max(LIMITS.claimText).optional(),
  reason: ReasonSchema.optional(),
});

/** PATCH /api/debates/:id/relations/:relationId: a new stance, a new target, or both. */
export const EditRelationSchema = z
  .object({
    kind: RelationKindSchema.optional(),
    to: IdSchema.optional(),
    reason: ReasonSchema.optional(),
  })
  .refine((r) => r.kind !== undefined || r.to !== undefined, {
    message: 'give "kind", "to" or both',
  });

/** PUT /api/debates/:id/{comments|claims}/:id/hidden: hide (with a reason) or show again. */
export const SetHiddenSchema = z.discriminatedUnion('hidden', [
  z.object({ hidden: z.literal(true), reason: RequiredReasonSchema }),
  z.object({ hidden: z.literal(false), reason: ReasonSchema.optional() }),
]);

/** POST /api/debates/:id/suggestions/:suggestionId/review. */
export const ReviewSuggestionSchema = z.object({
  decision: z.enum(['accept', 'decline']),
  reason: ReasonSchema.optional(),
});

/** POST /api/debates/:id/moderation/:seq/undo. */
export const UndoSchema = z.object({ reason: ReasonSchema.optional() });

/** One moderation write, as the Store port takes it. */
export type ModerationCommand =
  | { kind: 'edit-claim'; claimId: string; text: string; expected?: string; reason?: string }
  | {
      kind: 'edit-relation';
      relationId: string;
      to?: string;
      relationKind?: 'supports' | 'attacks';
      reason?: string;
    }
  | { kind: 'hide-comment'; commentId: string; hidden: boolean; reason?: string }
  | { kind: 'hide-claim'; claimId: string; hidden: boolean; reason?: string }
  | { kind: 'accept-suggestion'; suggestionId: string; reason?: string }
  | { kind: 'undo'; seq: number; reason?: string };

/** A claim's wording at one time: revision 1 is what it said before its first edit. */
export const ClaimRevisionSchema = z.object({
  revision: z.number().int().positive(),
  text: z.string(),
  at: z.string(),
  actorId: IdSchema.nullable(),
  /** The event that set this wording; null for the wording before any edit. */
  seq: z.number().int().positive().nullable(),
});
export type ClaimRevision = z.infer<typeof ClaimRevisionSchema>;

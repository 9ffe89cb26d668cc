// What a signed-in user may ask to change, as zod schemas shared by the API (which parses request
// bodies with them) and the client (which builds them). Limits are data here so the composer can
// show them before the server has to refuse.
import { z } from 'zod';
import { IdSchema, RelationKindSchema, StanceSchema, TextPositionSelectorSchema } from './model';
import { RolesSchema } from './permissions';

export const LIMITS = {
  /** Characters of Markdown in a comment body. Over it: 413 with this number. */
  commentBody: 10_000,
  /** Characters in a claim's wording (ClaimSchema allows the same). */
  claimText: 1000,
  /** Bytes of any JSON request body; the server stops reading past it (413). */
  requestBytes: 64 * 1024,
  usernameMin: 3,
  usernameMax: 32,
  passwordMin: 8,
  passwordMax: 200,
} as const;

/** Letters, digits, `_` and `-`; compared case-insensitively (stored as typed). */
export const UsernameSchema = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9_-]{${LIMITS.usernameMin},${LIMITS.usernameMax}}$`),
    `a username is ${LIMITS.usernameMin}–${LIMITS.usernameMax} letters, digits, "_" or "-"`,
  );

export const UserSchema = z.object({ id: IdSchema, name: UsernameSchema });
export type User = z.infer<typeof UserSchema>;

export const CredentialsSchema = z.object({
  username: UsernameSchema,
  password: z
    .string()
    .min(LIMITS.passwordMin, `a password has at least ${LIMITS.passwordMin} characters`)
    .max(LIMITS.passwordMax, `a password has at most ${LIMITS.passwordMax} characters`),
});
export type Credentials = z.infer<typeof CredentialsSchema>;

/** What GET /api/me and sign-in answer: the CSRF token goes in X-CSRF-Token on every write. */
export const SessionInfoSchema = z.object({
  user: UserSchema.nullable(),
  csrfToken: z.string().nullable(),
  /** The signed-in account's roles (issue 5); absent for a reader. */
  roles: RolesSchema.optional(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** The words of a body (offsets in its plain text, see rich-text.ts) that state a claim. */
export const QuoteRangeSchema = TextPositionSelectorSchema;

/**
 * The point a reply to a claim makes: a new claim in the writer's words, or an existing claim
 * the reply restates (found with search as you type), so the map gains no duplicate.
 */
export const ReplyPointSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), text: z.string().trim().min(1).max(LIMITS.claimText) }),
  z.object({ kind: z.literal('existing'), claimId: IdSchema }),
]);
export type ReplyPoint = z.infer<typeof ReplyPointSchema>;

/**
 * "Reply to this claim". The comment goes under the comment the target claim was said in (the
 * post when it was said there); the server decides, the client only shows where.
 * `point` and `quote` are required for supports/attacks and refused for a question.
 */
export const ClaimReplySchema = z.object({
  targetClaimId: IdSchema,
  stance: StanceSchema,
  point: ReplyPointSchema.optional(),
  /** Where the point is stated in the body; defaults to the body's first sentence. */
  quote: QuoteRangeSchema.optional(),
});
export type ClaimReply = z.infer<typeof ClaimReplySchema>;

/** POST /api/debates/:id/comments. */
export const NewCommentSchema = z.object({
  /** The comment replied to; null for a reply to the post. Ignored when `reply` is given. */
  parentId: IdSchema.nullable(),
  /** Markdown (the safe subset of rich-text.ts). Length checked by the API for 413/422. */
  body: z.string(),
  reply: ClaimReplySchema.optional(),
});
export type NewComment = z.infer<typeof NewCommentSchema>;

/** PATCH /api/debates/:id/comments/:commentId: the version the writer edited, for 409. */
export const EditCommentSchema = z.object({
  body: z.string(),
  version: z.number().int().positive(),
});
export type EditComment = z.infer<typeof EditCommentSchema>;

/** Where words already said are: the post, or one comment. */
export const MarkSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post') }),
  z.object({ kind: z.literal('comment'), commentId: IdSchema }),
]);

/**
 * POST /api/debates/:id/claims: "This is a claim" on selected words. Applied at once in the
 * author's own comment; anywhere else it is stored as a suggestion for moderators.
 * The words state either a new claim (`text`) or an existing one (`claimId`): exactly one.
 */
export const MarkClaimSchema = z
  .object({
    source: MarkSourceSchema,
    position: QuoteRangeSchema,
    /** A new claim's wording. */
    text: z.string().trim().min(1).max(LIMITS.claimText).optional(),
    /** An existing claim the words state: they become one more anchor of it, nothing else. */
    claimId: IdSchema.optional(),
    /** How a new claim relates; null for a top-level one, and always null with `claimId`. */
    relation: z.object({ to: IdSchema, kind: RelationKindSchema }).nullable(),
  })
  .superRefine((mark, ctx) => {
    if ((mark.text === undefined) === (mark.claimId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'send exactly one of text (a new claim) and claimId (an existing claim)',
      });
    }
    if (mark.claimId !== undefined && mark.relation !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['relation'],
        message: 'an existing claim keeps its own relations: send null with claimId',
      });
    }
  });
export type MarkClaim = z.infer<typeof MarkClaimSchema>;

export const SuggestionStatusSchema = z.enum(['pending', 'accepted', 'declined']);

/** A claim marked by someone who may not apply it: waits for a moderator. */
export const SuggestionSchema = z.object({
  id: IdSchema,
  debateId: IdSchema,
  authorId: IdSchema,
  createdAt: z.iso.datetime({ offset: true }),
  status: SuggestionStatusSchema,
  mark: MarkClaimSchema,
  /** The selected words, kept so the suggestion reads well even if the text changes. */
  exact: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** The first sentence of a plain text: the default claim wording and quote of a reply. */
export function firstSentence(text: string): { start: number; end: number } | null {
  const start = text.search(/\S/);
  if (start === -1) return null;
  const rest = text.slice(start);
  // A sentence ends at . ! or ? followed by a space or the end, or at a paragraph break.
  const match = /[.!?](?=\s|$)|\n/.exec(rest);
  let end = match ? start + match.index + (match[0] === '\n' ? 0 : 1) : text.length;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

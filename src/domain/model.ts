// The Crux model: what a debate is made of. Every boundary (HTTP bodies and responses, the
// database, imported files, the seed) parses through these schemas, so client and server agree.
import { z } from 'zod';

/**
 * Ids are short, URL-safe slugs: lowercase letters, digits and hyphens, starting with a letter
 * or digit. Anything else in a URL is a malformed id (400), not an unknown one (404).
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const IdSchema = z
  .string()
  .regex(
    ID_PATTERN,
    'an id is 1–64 lowercase letters, digits or hyphens, starting with a letter or digit',
  );
export type Id = z.infer<typeof IdSchema>;

/** An ISO 8601 timestamp, e.g. "2012-03-01T09:30:00.000Z". */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const PostSchema = z.object({
  title: z.string().min(1).max(500),
  /** The byline. null when the source does not name the author: never invent one. */
  author: z.string().min(1).max(200).nullable(),
  /** When the post was published, or null when the source does not say. */
  publishedAt: TimestampSchema.nullable(),
  /** Where the post was originally published, when known. */
  sourceUrl: z.url().nullable(),
  /**
   * The body as plain-text paragraphs, verbatim. The post's plain text (what anchor positions
   * count in) is the paragraphs joined by PARAGRAPH_SEPARATOR.
   */
  paragraphs: z.array(z.string().min(1)).min(1),
});
export type Post = z.infer<typeof PostSchema>;

export const CommentVisibilitySchema = z.enum(['visible', 'hidden', 'deleted']);
export type CommentVisibility = z.infer<typeof CommentVisibilitySchema>;

/** What a reply to a claim says about it: the stance chosen in the composer. */
export const StanceSchema = z.enum(['supports', 'attacks', 'question']);
export type Stance = z.infer<typeof StanceSchema>;

/** The claim a comment answers, when it was written with "Reply to this claim". */
export const CommentTargetSchema = z.object({ claimId: IdSchema, stance: StanceSchema });
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

export const CommentSchema = z.object({
  id: IdSchema,
  /** The comment this one replies to; null for a reply to the post itself. */
  parentId: IdSchema.nullable(),
  /** The commenter's name as the source gives it; null when the source does not name them. */
  author: z.string().min(1).max(200).nullable(),
  /** When it was posted, or null when the source does not say. */
  createdAt: TimestampSchema.nullable(),
  /** Plain text, paragraphs separated by PARAGRAPH_SEPARATOR. Anchor positions count in this. */
  body: z.string(),
  visibility: CommentVisibilitySchema,
  /**
   * Position among its siblings when the source gives an order but no timestamps (the seed's
   * numbered comments). Lower comes first; ties fall back to createdAt, then id.
   */
  order: z.number().int().nonnegative(),
  /** The account that wrote it; absent for comments that came from elsewhere (seed, imports). */
  authorId: IdSchema.optional(),
  /** Starts at 1, +1 per edit or deletion; an edit names the version it changes (else 409). */
  version: z.number().int().positive().optional(),
  /** When the body was last edited, if ever. */
  editedAt: TimestampSchema.optional(),
  /** The claim this comment replies to, with its stance. */
  target: CommentTargetSchema.optional(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const ClaimSchema = z.object({
  id: IdSchema,
  /** The proposition in one neutral sentence ("The middle classes have the capacity ..."). */
  text: z.string().min(1).max(1000),
  /** Hidden by a moderator: kept, served only to moderators (readers never see it). */
  hidden: z.literal(true).optional(),
  /**
   * Other wordings of the same claim: those of claims merged into it, and its own earlier
   * wording when a merge reworded it. Never empty when present.
   */
  phrasings: z.array(z.string().min(1).max(1000)).min(1).optional(),
  /** Ids of claims merged into this one: links and replies naming them land here. */
  aliases: z.array(IdSchema).min(1).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const RelationKindSchema = z.enum(['supports', 'attacks']);
export type RelationKind = z.infer<typeof RelationKindSchema>;

/** `from` supports or attacks `to`: in the map, `from` is the child and `to` the parent. */
export const RelationSchema = z.object({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  kind: RelationKindSchema,
});
export type Relation = z.infer<typeof RelationSchema>;

/** Where an anchor's words are: the post, or one comment. */
export const AnchorSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post') }),
  z.object({ kind: z.literal('comment'), commentId: IdSchema }),
]);
export type AnchorSource = z.infer<typeof AnchorSourceSchema>;

/** W3C Web Annotation TextQuoteSelector: the exact words plus ~32 characters either side. */
export const TextQuoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: [start, end) in the source's plain text. */
export const TextPositionSelectorSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((p) => p.end > p.start, { message: 'end must be after start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const AnchorSchema = z.object({
  id: IdSchema,
  claimId: IdSchema,
  source: AnchorSourceSchema,
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  /**
   * Set when an edit or deletion took the words away: the anchor is kept (never dropped) and
   * shown as an orphan; `position` is where the words were, and no longer checked against text.
   */
  orphaned: z.literal(true).optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const DebateSchema = z.object({
  id: IdSchema,
  post: PostSchema,
  comments: z.array(CommentSchema),
  claims: z.array(ClaimSchema),
  relations: z.array(RelationSchema),
  anchors: z.array(AnchorSchema),
});
export type Debate = z.infer<typeof DebateSchema>;

/** One row of the debate list: enough to choose a debate without loading it. */
export const DebateSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  author: z.string().nullable(),
  publishedAt: TimestampSchema.nullable(),
  commentCount: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
});
export type DebateSummary = z.infer<typeof DebateSummarySchema>;

/** Paragraphs of a post or comment body are joined by a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * What opening a debate loads: the post, every claim and relation (the map), and only the post's
 * anchors. Comments and their anchors arrive in pages (thread-page.ts), so a debate with 50,000
 * comments opens as fast as one with 50.
 */
export const DebateOverviewSchema = DebateSchema.omit({ comments: true }).extend({
  commentCount: z.number().int().nonnegative(),
  /**
   * The sequence number of the last event applied to this snapshot (0 before any change): live
   * updates subscribe from here, so none is missed or applied twice.
   */
  seq: z.number().int().nonnegative(),
});
export type DebateOverview = z.infer<typeof DebateOverviewSchema>;

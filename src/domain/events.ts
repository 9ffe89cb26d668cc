// Every change to a debate is an event with a per-debate sequence number (1, 2, 3, … with no
// gaps). The server appends it in the same transaction as the change; live clients receive it
// over Server-Sent Events and apply it to what they hold with applyEvent, so a reader who applies
// events 1..n to the snapshot at seq 0 holds the same debate as the server at seq n.
//
// An event carries the rows it adds or replaces (upsert, matched by id) and the ids it removes,
// not a command to re-run: applying is then the same trivial function everywhere (memory store,
// SQL replay tests, the browser cache), and a later moderator event (merge) fits the same shape.
import { z } from 'zod';
import { SuggestionStatusSchema } from './commands';
import { type Followers, placeAdded } from './list-order';
import {
  AnchorSchema,
  ClaimSchema,
  CommentSchema,
  type Debate,
  type DebateOverview,
  IdSchema,
  RelationSchema,
  TimestampSchema,
} from './model';

export const EVENT_TYPES = [
  /** A reply in the thread; with a claim, relation and anchor when it replied to a claim. */
  'comment.added',
  /** An author edited their comment; its anchors re-anchored (or orphaned). */
  'comment.edited',
  /** An author deleted their comment: "[deleted]", body emptied, its anchors orphaned. */
  'comment.deleted',
  /** An author marked words already in their comment as a claim, related to another claim. */
  'claim.marked',
  // Moderation (issue 5): each carries `reason` and `before`, so the log can show why and undo.
  /** A moderator changed a claim's wording (every wording is kept as a revision). */
  'claim.edited',
  /** A moderator changed a relation's stance or the claim it points to. */
  'relation.edited',
  /** A moderator hid a comment from readers, or showed it again. */
  'comment.hidden',
  'comment.unhidden',
  /** A moderator hid a claim (with its relations and anchors) from readers, or showed it again. */
  'claim.hidden',
  'claim.unhidden',
  /** A moderator accepted a suggested claim: its claim, relation and anchor join the debate. */
  'suggestion.accepted',
  /**
   * A suggestion was made or declined: nothing in the debate changes (upsert and remove are
   * empty); `suggestion` says which and its status, so open queues ask for their lists again.
   */
  'suggestion.changed',
  /** A moderator undid the entry `undoes`: its `before` rows back, the rows it created removed. */
  'moderation.undone',
  /** A moderator folded duplicate claims into one (merge/): `before` holds what undo restores. */
  'claims.merged',
  /** A moderator undid the merge `undoes`: the claims, relations, anchors and replies back. */
  'claims.unmerged',
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

/** Rows an event adds or replaces, matched by id. */
export const EventUpsertSchema = z.object({
  comments: z.array(CommentSchema),
  claims: z.array(ClaimSchema),
  relations: z.array(RelationSchema),
  anchors: z.array(AnchorSchema),
});
export type EventUpsert = z.infer<typeof EventUpsertSchema>;

/** Ids an event removes. Comments are never removed (deletion keeps "[deleted]"). */
export const EventRemoveSchema = z.object({
  claims: z.array(IdSchema),
  relations: z.array(IdSchema),
  anchors: z.array(IdSchema),
});
export type EventRemove = z.infer<typeof EventRemoveSchema>;

export const FollowedBySchema = z.object({
  claims: z.record(IdSchema, IdSchema).optional(),
  relations: z.record(IdSchema, IdSchema).optional(),
});
export type FollowedBy = z.infer<typeof FollowedBySchema>;

export const DebateEventSchema = z.object({
  debateId: IdSchema,
  /** 1 for the debate's first event, then +1 each: the SSE event id. */
  seq: z.number().int().positive(),
  type: EventTypeSchema,
  /** When the server committed it. */
  at: TimestampSchema,
  /** The user who caused it; null for system changes. */
  actorId: IdSchema.nullable(),
  upsert: EventUpsertSchema,
  remove: EventRemoveSchema,
  /** Why, in the moderator's words (moderation events only). */
  reason: z.string().optional(),
  /** The seq of the event this one undoes ('moderation.undone'). */
  undoes: z.number().int().positive().optional(),
  /**
   * The rows this event replaced or removed, as they were just before it (rows it created are
   * absent): what undo puts back. Moderation events only; readers are sent events without it.
   */
  before: EventUpsertSchema.optional(),
  /**
   * The suggestion a 'suggestion.changed' or 'suggestion.accepted' is about, and its status now.
   * Ids only: the stream is public, and a suggestion's words are its author's and moderators'.
   */
  suggestion: z.object({ id: IdSchema, status: SuggestionStatusSchema }).optional(),
  /**
   * Where the claims and relations this event removes, or adds back, sat: row id → the id of
   * the row right after it (none for the last). A merge records it for the rows it removes; its
   * unmerge carries it back, and applying puts each re-added row right before that row (at the
   * end when it is gone), so lists are in their old order again (list-order.ts).
   */
  followedBy: FollowedBySchema.optional(),
});
export type DebateEvent = z.infer<typeof DebateEventSchema>;

export const EMPTY_UPSERT: EventUpsert = { comments: [], claims: [], relations: [], anchors: [] };
export const EMPTY_REMOVE: EventRemove = { claims: [], relations: [], anchors: [] };

/** Whether lists of suggestions (the author's, the moderators' queue) may differ after `event`. */
export function changesSuggestions(event: DebateEvent): boolean {
  // Undoing an acceptance puts its suggestion back in the queue.
  return event.suggestion !== undefined || event.type === 'moderation.undone';
}

/**
 * `list` with `items` replacing rows of the same id in place and the rest appended in order,
 * except new rows with a follower in `followers`, which go right before it (placeAdded).
 */
export function upsertById<T extends { id: string }>(
  list: readonly T[],
  items: readonly T[],
  followers?: Followers,
): T[] {
  if (items.length === 0) return [...list];
  const incoming = new Map(items.map((item) => [item.id, item]));
  const result = list.map((row) => {
    const replacement = incoming.get(row.id);
    if (replacement === undefined) return row;
    incoming.delete(row.id);
    return replacement;
  });
  if (!followers || incoming.size === 0) return [...result, ...incoming.values()];
  const present = new Set(result.map((row) => row.id));
  const { before, atEnd } = placeAdded([...incoming.keys()], followers, (id) => present.has(id));
  const row = (id: string) => incoming.get(id) as T;
  return [...result.flatMap((r) => [...(before.get(r.id) ?? []).map(row), r]), ...atEnd.map(row)];
}

function without<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  if (ids.length === 0) return [...list];
  const gone = new Set(ids);
  return list.filter((row) => !gone.has(row.id));
}

/** The debate after one event. Pure; the input is not changed. */
export function applyEvent(debate: Debate, event: DebateEvent): Debate {
  const { upsert, remove, followedBy } = event;
  return {
    ...debate,
    comments: upsertById(debate.comments, upsert.comments),
    claims: without(upsertById(debate.claims, upsert.claims, followedBy?.claims), remove.claims),
    relations: without(
      upsertById(debate.relations, upsert.relations, followedBy?.relations),
      remove.relations,
    ),
    anchors: without(upsertById(debate.anchors, upsert.anchors), remove.anchors),
  };
}

/**
 * The overview (what the map holds: no comments, only the post's anchors) after one event.
 * Events at or below the overview's seq are already in it and change nothing, so a client may
 * apply an event it already holds without harm.
 */
export function applyEventToOverview(overview: DebateOverview, event: DebateEvent): DebateOverview {
  if (event.seq <= overview.seq) return overview;
  const { upsert, remove, followedBy } = event;
  const postAnchors = upsert.anchors.filter((a) => a.source.kind === 'post');
  return {
    ...overview,
    seq: event.seq,
    commentCount:
      overview.commentCount + (event.type === 'comment.added' ? upsert.comments.length : 0),
    claims: without(upsertById(overview.claims, upsert.claims, followedBy?.claims), remove.claims),
    relations: without(
      upsertById(overview.relations, upsert.relations, followedBy?.relations),
      remove.relations,
    ),
    anchors: without(upsertById(overview.anchors, postAnchors), remove.anchors),
  };
}

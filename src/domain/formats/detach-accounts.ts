// An import never makes an account of this site the author or actor of anything (decision 0009).
// A Crux JSON file carries account ids (comments' `authorId`, events' `actorId`); one that names
// an account here would hand that account someone else's words (to edit, delete, count as its
// own) and put its name on moderation it never did. Such ids are rewritten to a detached id that
// no account can have, the same way everywhere in the file (debate, base, every event's rows and
// before-rows), so the log still replays exactly. The author's visible name stays; ids that name
// no account here (another site's) stay as they are.
import type { DebateEvent, EventUpsert } from '../events';
import type { Comment, Id } from '../model';
import type { ImportedDebate } from './types';
import { plural } from './warnings';

/**
 * Accounts are created only with ids `u-` + random base36 (server/auth/tokens.ts randomId, used
 * by sign-up and the admin CLI), so no account can ever have an id with this prefix.
 */
export const DETACHED_PREFIX = 'imported-';

const MAX_ID = 64;

/** A short stable hash (FNV-1a, 32 bits, base36) for ids too long to take the prefix. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The id `id` becomes: the prefix before it, shortened (still distinct) when it would not fit. */
export function detachedId(id: Id): Id {
  const whole = `${DETACHED_PREFIX}${id}`;
  if (whole.length <= MAX_ID) return whole;
  const tail = `-${hash(id)}`;
  return `${whole.slice(0, MAX_ID - tail.length)}${tail}`;
}

export function isDetachedId(id: Id): boolean {
  return id.startsWith(DETACHED_PREFIX);
}

function commentsOf(upsert: EventUpsert | undefined): readonly Comment[] {
  return upsert?.comments ?? [];
}

/** Every account id the import names, so the caller can ask which are accounts here. */
export function accountIdsOf(imported: ImportedDebate): Set<Id> {
  const ids = new Set<Id>();
  const add = (comments: readonly Comment[]) => {
    for (const c of comments) if (c.authorId !== undefined) ids.add(c.authorId);
  };
  add(imported.debate.comments);
  add(commentsOf(imported.base));
  for (const event of imported.events) {
    if (event.actorId !== null) ids.add(event.actorId);
    add(event.upsert.comments);
    add(commentsOf(event.before));
  }
  return ids;
}

export function detachedWarning(comments: number, events: number): string {
  return `${plural(comments, 'comment')} and ${plural(events, 'event')} named accounts of this site; they are kept by name only, without their rights here.`;
}

/**
 * The import with every id `isLocalAccount` accepts detached, and a warning counting the debate's
 * comments and the events that named one. The same object when none does.
 */
export function detachLocalAccounts<T extends ImportedDebate>(
  imported: T,
  isLocalAccount: (id: Id) => boolean,
): T {
  const local = (id: Id | undefined | null): id is Id =>
    id !== undefined && id !== null && isLocalAccount(id);
  const comment = (c: Comment): Comment =>
    local(c.authorId) ? { ...c, authorId: detachedId(c.authorId) } : c;
  const upsert = (u: EventUpsert): EventUpsert =>
    u.comments.some((c) => local(c.authorId)) ? { ...u, comments: u.comments.map(comment) } : u;

  let events = 0;
  const event = (e: DebateEvent): DebateEvent => {
    const next: DebateEvent = {
      ...e,
      actorId: local(e.actorId) ? detachedId(e.actorId) : e.actorId,
      upsert: upsert(e.upsert),
      ...(e.before === undefined ? {} : { before: upsert(e.before) }),
    };
    const changed =
      next.actorId !== e.actorId || next.upsert !== e.upsert || next.before !== e.before;
    if (!changed) return e;
    events++;
    return next;
  };

  const comments = imported.debate.comments.filter((c) => local(c.authorId)).length;
  const nextEvents = imported.events.map(event);
  if (comments === 0 && events === 0) return imported;
  return {
    ...imported,
    debate: { ...imported.debate, comments: imported.debate.comments.map(comment) },
    events: nextEvents,
    ...(imported.base === undefined ? {} : { base: upsert(imported.base) }),
    warnings: [...imported.warnings, detachedWarning(comments, events)],
  };
}

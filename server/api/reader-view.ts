// What each read serves to whom: moderators of the debate see hidden comments and claims
// (marked); everyone else is served the reader's view (src/domain/moderation/redact.ts).
import type { Context } from 'hono';
import type { Anchor, Comment, Id } from '../../src/domain/model';
import {
  type HiddenSets,
  hiddenSets,
  readerSeesAnchor,
  redactComment,
} from '../../src/domain/moderation/redact';
import { can } from '../../src/domain/permissions';
import type { ApiDeps } from './deps';
import { currentActor } from './request';

/** What to leave out for this asker (maybe nothing), or null when they may see everything. */
export async function hiddenFor(
  c: Context,
  deps: ApiDeps,
  debateId: Id,
): Promise<HiddenSets | null> {
  if (can(await currentActor(c, deps), 'hidden.view', { debateId }).ok) return null;
  const ids = await deps.store.hiddenIds(debateId);
  return hiddenSets(ids ?? { claims: [], comments: [] });
}

/** Comments and anchors of a thread read, as the asker may see them (`hidden` from hiddenFor). */
export function threadView<C extends Comment>(
  hidden: HiddenSets | null,
  read: { comments: C[]; anchors: Anchor[] },
): { comments: C[]; anchors: Anchor[] } {
  if (!hidden) return read;
  return {
    comments: read.comments.map((comment) =>
      hidden.comments.has(comment.id) ? { ...redactComment(comment), body: '' } : comment,
    ),
    anchors: read.anchors.filter((anchor) => readerSeesAnchor(anchor, hidden)),
  };
}

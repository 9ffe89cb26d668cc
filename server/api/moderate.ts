// The curation writes (issue 5), each one event with the moderator's reason, each checked
// against the permission table first (401 reader, 403 not a moderator of this debate):
//   PATCH /api/debates/:id/claims/:claimId        EditClaim {text, reason?}        → 200 {event}
//   PATCH /api/debates/:id/relations/:relationId  EditRelation {kind?, to?, reason?} → 200 {event}
//   PUT   /api/debates/:id/comments/:commentId/hidden  {hidden, reason}           → 200 {event}
//   PUT   /api/debates/:id/claims/:claimId/hidden      {hidden, reason}           → 200 {event}
//   POST  /api/debates/:id/moderation/:seq/undo   {reason?}  → 200 {event}, or 409 naming the
//         later change that blocks it
// Refusals: 404 unknown row, 422 no change or a link rule, 409 blocked; nothing is written.
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { DebateEvent } from '../../src/domain/events';
import {
  EditClaimSchema,
  EditRelationSchema,
  type ModerationCommand,
  SetHiddenSchema,
  UndoSchema,
} from '../../src/domain/moderation/commands';
import type { Action } from '../../src/domain/permissions';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { idParam } from './params';
import { readBody, requireWriter, writeResponse } from './request';

export interface ModerateResponse {
  event: DebateEvent;
}

type Param = { name: string; what: Parameters<typeof idParam>[2] };

/** One curation route: ids, permission, body, then the store's one transaction. */
function route<T>(
  deps: ApiDeps,
  action: Action,
  target: Param | 'seq',
  schema: z.ZodType<T>,
  command: (target: string, body: T) => ModerationCommand,
) {
  return async (c: Context) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    let targetId: string;
    if (target === 'seq') {
      const raw = c.req.param('seq') ?? '';
      if (!/^[1-9][0-9]{0,15}$/.test(raw)) {
        return errorResponse(
          c,
          400,
          'bad_request',
          `"${raw.slice(0, 20)}" is not an entry number (1, 2, 3 …).`,
        );
      }
      targetId = raw;
    } else {
      const parsed = idParam(c, target.name, target.what);
      if (parsed instanceof Response) return parsed;
      targetId = parsed;
    }
    const actor = await requireWriter(c, deps, action, { debateId: id });
    if (actor instanceof Response) return actor;
    const body = await readBody(c, schema);
    if (body instanceof Response) return body;
    return writeResponse(
      c,
      await deps.store.moderate(id, actor.user, command(targetId, body)),
      200,
      id,
    );
  };
}

const claim: Param = { name: 'claimId', what: 'claim' };

export function moderate(app: Hono, deps: ApiDeps): void {
  app.patch(
    '/api/debates/:id/claims/:claimId',
    route(deps, 'claim.edit', claim, EditClaimSchema, (claimId, b) => ({
      kind: 'edit-claim',
      claimId,
      ...b,
    })),
  );
  app.patch(
    '/api/debates/:id/relations/:relationId',
    route(
      deps,
      'relation.edit',
      { name: 'relationId', what: 'relation' },
      EditRelationSchema,
      (relationId, b) => ({
        kind: 'edit-relation',
        relationId,
        ...(b.kind ? { relationKind: b.kind } : {}),
        ...(b.to ? { to: b.to } : {}),
        ...(b.reason ? { reason: b.reason } : {}),
      }),
    ),
  );
  app.put(
    '/api/debates/:id/comments/:commentId/hidden',
    route(
      deps,
      'comment.hide',
      { name: 'commentId', what: 'comment' },
      SetHiddenSchema,
      (commentId, b) => ({
        kind: 'hide-comment',
        commentId,
        ...b,
      }),
    ),
  );
  app.put(
    '/api/debates/:id/claims/:claimId/hidden',
    route(deps, 'claim.hide', claim, SetHiddenSchema, (claimId, b) => ({
      kind: 'hide-claim',
      claimId,
      ...b,
    })),
  );
  app.post(
    '/api/debates/:id/moderation/:seq/undo',
    route(deps, 'moderation.undo', 'seq', UndoSchema, (seq, b) => ({
      kind: 'undo',
      seq: Number(seq),
      ...b,
    })),
  );
}

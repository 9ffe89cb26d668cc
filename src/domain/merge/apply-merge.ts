// applyMerge: the ONE event a confirmed merge appends. It carries the rows it writes and removes
// (upsert/remove, applied by every client without knowing the type) and `before`, the rows as
// they were, so planUnmerge can put them back exactly.
import type { EventDraft, WriteRefusal } from '../writes';
import { refuse } from '../writes';
import type { MergePlan } from './plan-merge';

export function applyMerge(plan: MergePlan, reason?: string): EventDraft | WriteRefusal {
  if (plan.blocking.length > 0) return refuse.invalid(plan.blocking.join(' '));
  const { upsert, remove, before } = plan.rows;
  return {
    kind: 'event',
    type: 'claims.merged',
    upsert: { ...upsert },
    remove: { claims: remove.claims, relations: remove.relations, anchors: [] },
    before: { ...before },
    ...(reason ? { reason } : {}),
  };
}

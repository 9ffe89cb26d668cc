// Messages between the page and the layout worker. The worker checks every request on arrival
// (a worker is a boundary like any other: a malformed message must fail loudly, not lay out
// garbage), by hand rather than with zod, so the worker's script stays a few kilobytes: it is
// fetched at first view for big maps. The page checks answers with zod (layout-response.ts).
import type { PackedLayout } from '../domain/layout-transfer';
import type { RelationFilter } from '../domain/map-filter';
import type { Id, Relation } from '../domain/model';

export interface LayoutRequest {
  /** Answers carry it back; the page ignores answers to requests it has superseded. */
  requestId: number;
  /** The debate's claims by id, in order: laying out needs the shape, not the words. */
  claimIds: Id[];
  relations: Relation[];
  collapsed: Id[];
  filter: RelationFilter;
  options: { nodeWidth: number; nodeHeight: number; gapX: number; gapY: number };
}

export type LayoutResponse =
  | { requestId: number; ok: true; layout: PackedLayout }
  | { requestId: number; ok: false; error: string };

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const FILTERS: readonly unknown[] = ['both', 'supports', 'attacks'];
const KINDS: readonly unknown[] = ['supports', 'attacks'];

function isRelation(v: unknown): v is Relation {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    typeof v.from === 'string' &&
    typeof v.to === 'string' &&
    KINDS.includes(v.kind)
  );
}

function isSizes(v: unknown): v is LayoutRequest['options'] {
  return (
    isRecord(v) &&
    ['nodeWidth', 'nodeHeight', 'gapX', 'gapY'].every(
      (key) => typeof v[key] === 'number' && Number.isFinite(v[key]) && (v[key] as number) >= 0,
    )
  );
}

/** Checks a message is a layout request, saying which part is wrong when it is not. */
export function parseLayoutRequest(data: unknown): Checked<LayoutRequest> {
  if (!isRecord(data)) return { ok: false, reason: 'a layout request must be an object' };
  if (!Number.isInteger(data.requestId)) return { ok: false, reason: 'requestId: not an integer' };
  if (!isStrings(data.claimIds)) return { ok: false, reason: 'claimIds: not a list of ids' };
  if (!Array.isArray(data.relations)) return { ok: false, reason: 'relations: not a list' };
  const bad = data.relations.findIndex((r) => !isRelation(r));
  if (bad >= 0) return { ok: false, reason: `relations[${bad}]: not a relation` };
  if (!isStrings(data.collapsed)) return { ok: false, reason: 'collapsed: not a list of ids' };
  if (!FILTERS.includes(data.filter)) return { ok: false, reason: 'filter: not a filter' };
  if (!isSizes(data.options)) return { ok: false, reason: 'options: not card sizes' };
  return { ok: true, value: data as unknown as LayoutRequest };
}

/** The id an unreadable request carried, so its error still reaches the right caller. */
export function requestIdOf(data: unknown): number {
  return isRecord(data) && Number.isInteger(data.requestId) ? (data.requestId as number) : -1;
}

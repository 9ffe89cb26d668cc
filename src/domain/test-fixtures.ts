// Small builders for tests: terse data so each test shows only what it is about.
import type { Claim, Comment, Relation } from './model';

export const claim = (id: string, text = `Claim ${id}`): Claim => ({ id, text });

export function claims(...ids: string[]): Claim[] {
  return ids.map((id) => claim(id));
}

/** `rel('r1', 'a', 'b')`: a supports b. */
export function rel(
  id: string,
  from: string,
  to: string,
  kind: Relation['kind'] = 'supports',
): Relation {
  return { id, from, to, kind };
}

export function comment(
  id: string,
  parentId: string | null,
  extra: Partial<Comment> = {},
): Comment {
  return {
    id,
    parentId,
    author: null,
    createdAt: null,
    body: `Body of ${id}`,
    visibility: 'visible',
    order: 0,
    ...extra,
  };
}

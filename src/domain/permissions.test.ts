import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Actor,
  AllowedSchema,
  can,
  moderates,
  normaliseRoles,
  PERMISSIONS,
  permissionsFor,
} from './permissions';

const user = (id: string) => ({ id, name: id.replace('u-', '') });
const reader: Actor = null;
const ann: Actor = { user: user('u-ann'), roles: { site: 'commenter', debates: [] } };
const bob: Actor = { user: user('u-bob'), roles: { site: 'commenter', debates: [] } };
const elsewhere: Actor = { user: user('u-els'), roles: { site: 'commenter', debates: ['other'] } };
const local: Actor = { user: user('u-loc'), roles: { site: 'commenter', debates: ['d1'] } };
const siteMod: Actor = { user: user('u-mod'), roles: { site: 'moderator', debates: [] } };
const root: Actor = { user: user('u-adm'), roles: { site: 'admin', debates: [] } };

describe('the permission table', () => {
  it('answers every action for every kind of actor, with a reason and status when refused', () => {
    for (const actor of [reader, ann, elsewhere, local, siteMod, root]) {
      for (const action of ACTIONS) {
        const answer = can(actor, action, { debateId: 'd1', ownerId: 'u-ann' });
        expect(AllowedSchema.parse(answer)).toEqual(answer);
        if (!answer.ok) expect(answer.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it('a reader is refused every action with 401 and a sign-in reason', () => {
    for (const action of ACTIONS) {
      const answer = can(reader, action, { debateId: 'd1' });
      expect(answer).toMatchObject({ ok: false, status: 401 });
      if (!answer.ok) expect(answer.reason).toMatch(/^Sign in/);
    }
  });

  it('authors edit and delete their own comments only', () => {
    expect(can(ann, 'comment.edit', { ownerId: 'u-ann' })).toEqual({ ok: true });
    expect(can(bob, 'comment.edit', { ownerId: 'u-ann' })).toMatchObject({
      ok: false,
      status: 403,
    });
    // Moderators hide; they do not rewrite other people's words.
    expect(can(root, 'comment.delete', { ownerId: 'u-ann' }).ok).toBe(false);
    // A comment from the seed or an import has no owner: nobody edits it.
    expect(can(ann, 'comment.edit', { ownerId: null }).ok).toBe(false);
  });

  it('moderation is for moderators of the debate, site moderators and admins', () => {
    const d1 = { debateId: 'd1' };
    expect(can(ann, 'claim.edit', d1)).toMatchObject({ ok: false, status: 403 });
    expect(can(elsewhere, 'claim.edit', d1).ok).toBe(false);
    expect(can(elsewhere, 'claim.edit', { debateId: 'other' }).ok).toBe(true);
    expect(can(local, 'claim.edit', d1).ok).toBe(true);
    expect(can(siteMod, 'claim.edit', d1).ok).toBe(true);
    expect(can(root, 'claim.edit', d1).ok).toBe(true);
    expect(moderates(local, undefined)).toBe(false);
  });

  it('only admins manage roles', () => {
    expect(can(siteMod, 'roles.manage').ok).toBe(false);
    expect(can(root, 'roles.manage').ok).toBe(true);
    expect(can(root, 'users.list').ok).toBe(true);
  });

  it('permissionsFor answers every action of the table', () => {
    const all = permissionsFor(local, 'd1');
    expect(Object.keys(all).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(all['claim.hide']).toEqual({ ok: true });
    expect(all['comment.edit'].ok).toBe(false);
    expect(all['roles.manage'].ok).toBe(false);
  });

  it('normalises roles', () => {
    expect(normaliseRoles({ site: 'commenter', debates: ['b', 'a', 'b'] })).toEqual({
      site: 'commenter',
      debates: ['a', 'b'],
    });
  });
});

// Roles over HTTP: /api/me and the per-debate permissions carry them; only admins list accounts
// and grant or revoke roles; a change applies to the user's very next request.
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { Agent, signedUp, testApi } from './test-kit';

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function world() {
  const api = testApi([smallDebate()]);
  const admin = await signedUp(api.app, 'root');
  const ann = await signedUp(api.app, 'ann');
  const id = (agent: Agent) => agent.session.user?.id ?? '';
  await api.store.setSiteRole(id(admin), 'admin');
  return { ...api, admin, ann, id, anonymous: new Agent(api.app) };
}

describe('roles over the API', () => {
  it('/api/me and GET permissions say what the asker may do, with reasons', async () => {
    const { app, ann, anonymous } = await world();
    expect((await json(await ann.request('GET', '/api/me'))).body.roles).toEqual({
      site: 'commenter',
      debates: [],
    });
    const reader = await json(
      await anonymous.request('GET', '/api/debates/free-buses/permissions'),
    );
    expect(reader.status).toBe(200);
    expect(reader.body.roles).toBeNull();
    expect(reader.body.permissions).toMatchObject({
      'comment.add': { ok: false, status: 401, reason: 'Sign in to reply.' },
    });
    const mine = await json(await ann.request('GET', '/api/debates/free-buses/permissions'));
    expect(mine.body.permissions).toMatchObject({
      'comment.add': { ok: true },
      'claim.hide': { ok: false, status: 403 },
    });
    const missing = await new Agent(app).request('GET', '/api/debates/nope/permissions');
    expect(missing.status).toBe(404);
  });

  it('only an admin lists users and grants roles; the grant applies at the next request', async () => {
    const { admin, ann, id, anonymous } = await world();
    expect((await anonymous.request('GET', '/api/admin/users')).status).toBe(401);
    expect((await ann.request('GET', '/api/admin/users')).status).toBe(403);
    const grant = `/api/admin/users/${id(ann)}/debates/free-buses`;
    expect((await ann.request('PUT', grant)).status).toBe(403);
    expect((await anonymous.request('PUT', grant)).status).toBe(401);

    const granted = await json(await admin.request('PUT', grant));
    expect(granted).toEqual({
      status: 200,
      body: { roles: { site: 'commenter', debates: ['free-buses'] } },
    });
    const perms = await json(await ann.request('GET', '/api/debates/free-buses/permissions'));
    expect(perms.body.permissions).toMatchObject({ 'claim.hide': { ok: true } });

    const site = await json(
      await admin.request('PUT', `/api/admin/users/${id(ann)}/role`, {
        json: { role: 'moderator' },
      }),
    );
    expect(site.body.roles).toEqual({ site: 'moderator', debates: ['free-buses'] });
    const revoked = await json(await admin.request('DELETE', grant));
    expect(revoked.body.roles).toEqual({ site: 'moderator', debates: [] });

    const list = await json(await admin.request('GET', '/api/admin/users'));
    expect(list.body.users).toEqual([
      { user: { id: id(ann), name: 'ann' }, roles: { site: 'moderator', debates: [] } },
      { user: { id: id(admin), name: 'root' }, roles: { site: 'admin', debates: [] } },
    ]);
  });

  it('answers 404 for an unknown account or debate, 422 for an unknown role, and keeps one admin', async () => {
    const { admin, ann, id } = await world();
    expect(
      (await admin.request('PUT', '/api/admin/users/u-nobody/debates/free-buses')).status,
    ).toBe(404);
    expect((await admin.request('PUT', `/api/admin/users/${id(ann)}/debates/nope`)).status).toBe(
      404,
    );
    const bad = await admin.request('PUT', `/api/admin/users/${id(ann)}/role`, {
      json: { role: 'king' },
    });
    expect(bad.status).toBe(422);
    const self = await json(
      await admin.request('PUT', `/api/admin/users/${id(admin)}/role`, {
        json: { role: 'commenter' },
      }),
    );
    expect(self.status).toBe(422);
    expect((await json(await admin.request('GET', '/api/me'))).body.roles).toEqual({
      site: 'admin',
      debates: [],
    });
  });
});

// GET /api/debates/:id/duplicates through the real app: moderators only, the seed debate (no
// duplicates as published) and the same debate with known paraphrases added, hidden and merged
// claims left out, and the list following the debate as claims change.
import { describe, expect, it } from 'vitest';
import type { Debate } from '../../src/domain/model';
import { SEED_DEBATE_ID, seedDebate } from '../../src/seed/seed-debate';
import { createApp } from '../app';
import { createMemoryStore } from '../store/memory-store';
import { Agent, signedUp, testDeps } from './test-kit';

const BASE = `/api/debates/${SEED_DEBATE_ID}`;

/** Paraphrases of two seed claims, as a commenter would write them (test/fixtures/duplicate-pairs). */
const PARAPHRASES = [
  { id: 'dup-old-model', text: 'The old service delivery model does things to people.' },
  {
    id: 'dup-utopian',
    text: 'Expecting the Big Society to spring up by itself would be Utopian.',
  },
];

function withParaphrases(): Debate {
  return { ...seedDebate, claims: [...seedDebate.claims, ...PARAPHRASES] };
}

async function world(debate: Debate) {
  const store = createMemoryStore([debate]);
  const app = createApp(testDeps(store));
  const mod = await signedUp(app, 'moddy');
  const other = await signedUp(app, 'commenter');
  await store.setDebateModerator(mod.session.user?.id ?? '', SEED_DEBATE_ID, true);
  return { store, app, mod, other, reader: new Agent(app) };
}

interface Group {
  ids: string[];
  score: number;
  pairs: { a: string; b: string; score: number }[];
}

async function groupsOf(agent: Agent): Promise<Group[]> {
  const response = await agent.request('GET', `${BASE}/duplicates`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { groups: Group[] }).groups;
}

describe('GET /api/debates/:id/duplicates', () => {
  it('answers moderators only', async () => {
    const { mod, other, reader } = await world(seedDebate);
    expect((await reader.request('GET', `${BASE}/duplicates`)).status).toBe(401);
    const refused = await other.request('GET', `${BASE}/duplicates`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'Only a moderator of this debate',
    );
    // A moderator of this debate only is no moderator of another (nor told whether it exists).
    expect((await mod.request('GET', '/api/debates/nope/duplicates')).status).toBe(403);
  });

  it('finds no duplicates in the seed debate as published', async () => {
    const { mod } = await world(seedDebate);
    const response = await mod.request('GET', `${BASE}/duplicates`);
    const body = (await response.json()) as { claimCount: number; groups: Group[] };
    expect(body.claimCount).toBe(seedDebate.claims.length);
    expect(body.groups).toEqual([]);
  });

  it('ranks known paraphrases of seed claims as groups with their scores', async () => {
    const { mod } = await world(withParaphrases());
    const groups = await groupsOf(mod);
    const sets = groups.map((g) => g.ids);
    expect(sets).toContainEqual(['dup-old-model', 'old-model']);
    expect(sets).toContainEqual(['dup-utopian', 'utopian']);
    for (const group of groups) {
      expect(group.score).toBeGreaterThanOrEqual(0.4);
      expect(group.pairs[0]?.score).toBe(group.score);
    }
    const scores = groups.map((g) => g.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('leaves out hidden claims and follows merges and unmerges', async () => {
    const { mod, store } = await world(withParaphrases());
    const hide = await mod.request('PUT', `${BASE}/claims/dup-utopian/hidden`, {
      json: { hidden: true, reason: 'test' },
    });
    expect(hide.status).toBe(200);
    let sets = (await groupsOf(mod)).map((g) => g.ids);
    expect(sets).not.toContainEqual(['dup-utopian', 'utopian']);
    expect(sets).toContainEqual(['dup-old-model', 'old-model']);
    const merge = await mod.request('POST', `${BASE}/merges`, {
      json: { claimIds: ['old-model', 'dup-old-model'], survivor: { keep: 'old-model' } },
    });
    expect(merge.status).toBe(201);
    sets = (await groupsOf(mod)).map((g) => g.ids);
    expect(sets.flat()).not.toContain('dup-old-model');
    const { event } = (await merge.json()) as { event: { seq: number } };
    expect((await mod.request('POST', `${BASE}/merges/${event.seq}/undo`)).status).toBe(201);
    sets = (await groupsOf(mod)).map((g) => g.ids);
    expect(sets).toContainEqual(['dup-old-model', 'old-model']);
    expect((await store.getDebateOverview(SEED_DEBATE_ID))?.claims.length).toBe(
      seedDebate.claims.length + 2,
    );
  });
});

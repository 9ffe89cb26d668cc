// GET /api/debates/:id/duplicates on a debate past the old 5,000-claim cap: the list is built in
// the background, the route answers 202 "building" with its progress until it is done, then the
// ranked groups (the same pairs the domain's own pairs() finds), a page at a time; afterwards a
// change is applied within the request.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/gen/words';
import { createDuplicateIndex } from '../../src/domain/duplicates';
import type { Claim, Debate } from '../../src/domain/model';
import { SEED_DEBATE_ID, seedDebate } from '../../src/seed/seed-debate';
import { createApp } from '../app';
import { createMemoryStore } from '../store/memory-store';
import type { ListDuplicatesResponse } from './list-duplicates';
import { type Agent, signedUp, testDeps } from './test-kit';

const BASE = `/api/debates/${SEED_DEBATE_ID}`;

/** Claims of five words drawn from 3,375 made-up ones, every 500th restating the one before. */
function bigDebate(count: number): Debate {
  const syllables = 'ba de fi go ku la me ni po ru sa te vi wo za'.split(' ');
  const rng = createRng(7);
  const word = () => `${rng.pick(syllables)}${rng.pick(syllables)}${rng.pick(syllables)}`;
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const text =
      i % 500 === 499
        ? `${claims[i - 1]?.text ?? ''} indeed`
        : `The ${word()} ${word()} should ${word()} the ${word()} ${word()}.`;
    claims.push({ id: `gen-${i}`, text });
  }
  return { ...seedDebate, claims: [...seedDebate.claims, ...claims] };
}

async function moderatorOf(debate: Debate, inlineClaims?: number) {
  const store = createMemoryStore([debate]);
  const app = createApp(
    testDeps(store, inlineClaims === undefined ? {} : { duplicateLists: { inlineClaims } }),
  );
  const mod = await signedUp(app, 'moddy');
  await store.setDebateModerator(mod.session.user?.id ?? '', SEED_DEBATE_ID, true);
  return { mod, store };
}

async function ask(agent: Agent, query = '') {
  const response = await agent.request('GET', `${BASE}/duplicates${query}`);
  return { status: response.status, body: (await response.json()) as ListDuplicatesResponse };
}

/** Asks until the list is ready, as the panel does; every answer before says how far it got. */
async function untilReady(agent: Agent, query = '') {
  const progress: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const answer = await ask(agent, query);
    if (answer.status === 200) return { answer, progress };
    expect(answer.status).toBe(202);
    expect(answer.body.status).toBe('building');
    progress.push(answer.body.progress?.done ?? -1);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the list never became ready');
}

const pairKeys = (groups: ListDuplicatesResponse['groups']) =>
  groups.flatMap((g) => g.pairs.map((p) => `${p.a}|${p.b}`)).sort();

describe('GET /api/debates/:id/duplicates past 5,000 claims', () => {
  it('builds the list in the background, says how far it got, then ranks every group', async () => {
    const debate = bigDebate(5001);
    const { mod } = await moderatorOf(debate);
    const first = await ask(mod);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'building', claimCount: debate.claims.length });
    expect(first.body.progress).toMatchObject({ total: debate.claims.length });
    const { answer, progress } = await untilReady(mod, '?limit=100');
    expect(progress.length).toBeGreaterThan(0);
    expect(answer.body.status).toBe('ready');
    expect(answer.body.progress).toBeUndefined();
    // The same pairs as the domain's all-pairs search over the same claims.
    const groups = createDuplicateIndex(debate.claims).pairs();
    const expected = groups.flatMap((g) => g.pairs.map((p) => `${p.a}|${p.b}`)).sort();
    expect(expected).toContain('gen-4998|gen-4999');
    expect(answer.body.groupCount).toBe(groups.length);
    expect(pairKeys(answer.body.groups)).toEqual(expected);
  });

  it('pages the groups and follows a hidden claim within the request once built', async () => {
    const debate = bigDebate(1200);
    const { mod } = await moderatorOf(debate, 100);
    const { answer } = await untilReady(mod);
    const all = answer.body.groups;
    expect(pairKeys(all)).toEqual(expect.arrayContaining(['gen-498|gen-499', 'gen-998|gen-999']));
    const groupCount = answer.body.groupCount;
    const second = await ask(mod, '?offset=1&limit=1');
    expect(second.body.groups).toEqual([all[1]]);
    expect(second.body.offset).toBe(1);
    expect((await ask(mod, '?limit=1000')).status).toBe(400);
    expect((await ask(mod, '?offset=-1')).status).toBe(400);
    const hidden = 'gen-499';
    const hide = await mod.request('PUT', `${BASE}/claims/${hidden}/hidden`, {
      json: { hidden: true, reason: 'test' },
    });
    expect(hide.status).toBe(200);
    const after = await ask(mod);
    expect(after.status).toBe(200);
    expect(after.body.groupCount).toBe(groupCount - 1);
    expect(after.body.groups.flatMap((g) => g.ids)).not.toContain(hidden);
  });
});

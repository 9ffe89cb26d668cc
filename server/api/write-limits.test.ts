import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { type Agent, signedUp, testApi } from './test-kit';

const COMMENTS = '/api/debates/free-buses/comments';

async function post(agent: Agent) {
  const response = await agent.request('POST', COMMENTS, {
    json: { parentId: null, body: 'Again.' },
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('writes: rate limits', () => {
  it('limits writes per user with 429 and Retry-After, and lets them through again later', async () => {
    const api = testApi([smallDebate()], {
      rateLimits: { userWrites: { capacity: 2, refillPerSecond: 1 / 5 } },
    });
    const ada = await signedUp(api.app, 'ada');
    const grace = await signedUp(api.app, 'grace');
    expect((await post(ada)).status).toBe(201);
    expect((await post(ada)).status).toBe(201);
    const before = await api.store.getDebate('free-buses');
    const limited = await post(ada);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(limited.body.error).toEqual({
      code: 'rate_limited',
      message: 'Too many writes in a short time. Wait 5 seconds and try again.',
    });
    expect(await api.store.getDebate('free-buses')).toEqual(before);
    // Another user at the same address is not held back by ada's limit.
    expect((await post(grace)).status).toBe(201);
    api.advance(5000);
    expect((await post(ada)).status).toBe(201);
  });

  it('limits writes per address across accounts', async () => {
    const api = testApi([smallDebate()], {
      rateLimits: { addressWrites: { capacity: 3, refillPerSecond: 1 } },
    });
    const agents = [await signedUp(api.app, 'one'), await signedUp(api.app, 'two')];
    const statuses: number[] = [];
    for (const agent of [...agents, ...agents]) {
      statuses.push((await post(agent)).status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

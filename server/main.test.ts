// `npm start` as a person runs it: a real process, real ports, a real data folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DEBATE_ID } from '../src/seed/seed-debate';
import { smallDebate } from '../test/fixtures/small-debate';
import { createPgliteClient } from './db/pglite-client';
import { createSqlStore } from './store/sql-store';
import { closedPort } from './testing/closed-port';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const STUB_INDEX = '<!doctype html><title>Crux stub</title>';

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

// Every process started, so a failing test cannot leave a server running.
const started: Run[] = [];

function start(env: Record<string, string>): Run {
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  const run: Run = { child, stdout: '', stderr: '', exited: Promise.resolve(null) };
  child.stdout?.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString();
  });
  run.exited = new Promise((done) => child.on('exit', (code) => done(code)));
  started.push(run);
  return run;
}

/** Resolves to the printed URL, or fails with what the process said if it exits first. */
async function urlOf(run: Run): Promise<string> {
  const printed = new Promise<string>((resolve) => {
    const check = () => {
      const match = /Crux is running at (http:\/\/\S+)/.exec(run.stdout);
      if (match?.[1]) resolve(match[1]);
    };
    run.child.stdout?.on('data', check);
    check();
  });
  const died = run.exited.then((code) => {
    throw new Error(`exited with ${code}: ${run.stderr}`);
  });
  return Promise.race([printed, died]);
}

async function stop(run: Run): Promise<number | null> {
  run.child.kill('SIGTERM');
  return run.exited;
}

describe('npm start (server/main.ts)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crux-main-'));
    // A stub client, so the test does not pay for a Vite build.
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'index.html'), STUB_INDEX);
  });
  afterAll(async () => {
    for (const run of started) {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('exits non-zero with one line about the database when PostgreSQL cannot be reached', async () => {
    const port = await closedPort();
    const run = start({ DATABASE_URL: `postgres://crux:pw@127.0.0.1:${port}/crux`, PORT: '0' });
    expect(await run.exited).not.toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/database/i);
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(run.stdout).toBe('');
  }, 30_000);

  it('serves the API and the client, and keeps its data across restarts', async () => {
    const env = { PORT: '0', DATA_DIR: join(dir, 'data'), CRUX_DIST_DIR: join(dir, 'dist') };
    const first = start(env);
    const url = await urlOf(first);
    expect(first.stdout).toBe(`Crux is running at ${url}\n`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const health = await fetch(`${url}api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
    const page = await fetch(`${url}debates/anything`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(STUB_INDEX);
    const list = (await (await fetch(`${url}api/debates`)).json()) as { debates: { id: string }[] };
    expect(list.debates.map((d) => d.id)).toEqual([SEED_DEBATE_ID]);
    expect(await stop(first)).toBe(0);

    // Between runs, add a debate straight into the data folder: the next start must keep it and
    // must not seed again, since the database is no longer empty.
    const sql = await createPgliteClient(env.DATA_DIR);
    await createSqlStore(sql).createDebate(smallDebate('added-offline'));
    await sql.close();

    const second = start(env);
    const again = await urlOf(second);
    const after = (await (await fetch(`${again}api/debates`)).json()) as {
      debates: { id: string }[];
    };
    expect(after.debates.map((d) => d.id)).toEqual([SEED_DEBATE_ID, 'added-offline']);
    expect(await stop(second)).toBe(0);
    expect(second.stderr).toBe('');
  }, 60_000);
});

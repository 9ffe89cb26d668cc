// The timed steps of bench/server-import.ts, each on a fresh database: a save into PGlite (in a
// data folder, as `npm start` keeps it) and into PostgreSQL, `npm run import` as a process, and
// POST /api/import to a running server over HTTP.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../server/app';
import { migrate } from '../server/db/migrate';
import { createPgClient } from '../server/db/pg-client';
import { createPgliteClient } from '../server/db/pglite-client';
import type { SqlClient } from '../server/db/sql-client';
import { nodeAppDeps } from '../server/startup/node-deps';
import { createSqlStore } from '../server/store/sql-store';
import type { Debate } from '../src/domain/model';

const inFolder = async <T>(run: (dir: string) => Promise<T> | T): Promise<T> => {
  const dir = mkdtempSync(join(tmpdir(), 'crux-bench-import-'));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

async function timeSave(sql: SqlClient, debate: Debate): Promise<number> {
  await migrate(sql);
  const store = createSqlStore(sql);
  try {
    const started = performance.now();
    await store.createDebate(debate);
    return performance.now() - started;
  } finally {
    await store.close();
  }
}

/** One createDebate into a new PGlite data folder. */
export function timePgliteSave(debate: Debate): Promise<number> {
  return inFolder(async (dir) => timeSave(await createPgliteClient(join(dir, 'data')), debate));
}

/** One createDebate into PostgreSQL at `url`, in a schema of its own (dropped after). */
export async function timePostgresSave(url: string, debate: Debate): Promise<number> {
  const schema = `bench_import_${process.pid}`;
  const admin = createPgClient({ connectionString: url });
  await admin.exec(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await admin.close();
  const sql = createPgClient({ connectionString: url, options: `-c search_path=${schema}` });
  try {
    return await timeSave(sql, debate);
  } finally {
    const cleanup = createPgClient({ connectionString: url });
    await cleanup.exec(`drop schema if exists ${schema} cascade`);
    await cleanup.close();
  }
}

export interface CliRun {
  ms: number;
  /** Where the process's time went, as it reports with CRUX_IMPORT_TIMINGS=1. */
  steps: Record<string, number>;
}

/**
 * `npm run import` as a user runs it, on a data folder that exists already (a first run also
 * pays for creating the database: initdb, migrations, the seed), so the second run is timed.
 */
export function timeCli(root: string, text: string): Promise<CliRun> {
  return inFolder((dir) => {
    const file = join(dir, 'generated.aif.json');
    writeFileSync(file, text);
    const env = { ...process.env, DATA_DIR: join(dir, 'data'), CRUX_IMPORT_TIMINGS: '1' };
    const run = (id: string) =>
      spawnSync('npm', ['run', '--silent', 'import', '--', file, '--id', id], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
    run('warm-up');
    const started = performance.now();
    const timed = run('timed');
    const ms = performance.now() - started;
    if (timed.status !== 0) throw new Error(`npm run import failed: ${timed.stderr}`);
    const steps: Record<string, number> = {};
    for (const [, step = '', value] of timed.stderr.matchAll(/^timing: (.+) (\d+) ms$/gm)) {
      steps[step] = Number(value);
    }
    return { ms, steps };
  });
}

async function signedInAdmin(base: string, sql: SqlClient) {
  const headers = { origin: base, 'content-type': 'application/json' };
  const response = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'bench', password: 'correct horse battery' }),
  });
  const { csrfToken, user } = (await response.json()) as {
    csrfToken: string;
    user: { id: string };
  };
  await sql.query(`update users set role = 'admin' where id = $1`, [user.id]);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { origin: base, cookie, 'x-csrf-token': csrfToken };
}

/** POST /api/import of the file to a server on a PGlite data folder, over HTTP, until 201. */
export function timeApiImport(text: string): Promise<number> {
  return inFolder(async (dir) => {
    const sql = await createPgliteClient(join(dir, 'data'));
    await migrate(sql);
    const store = createSqlStore(sql);
    const app = createApp(nodeAppDeps({ store, database: 'pglite' }));
    const server = createServer(getRequestListener(app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const headers = await signedInAdmin(base, sql);
      const started = performance.now();
      const response = await fetch(`${base}/api/import?format=aif&id=timed`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
        body: text,
      });
      await response.text();
      const elapsed = performance.now() - started;
      if (response.status !== 201) throw new Error(`POST /api/import answered ${response.status}`);
      return elapsed;
    } finally {
      server.close();
      await store.close();
    }
  });
}

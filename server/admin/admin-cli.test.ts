// `npm run admin -- create-user` as an operator runs it: a real process over a real data folder
// (PGlite) or DATABASE_URL (PostgreSQL), the password on stdin; then the account signs in with
// it and has its role.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { createPgClient } from '../db/pg-client';
import { createPgliteClient } from '../db/pglite-client';
import { createSqlStore } from '../store/sql-store';
import type { Store } from '../store/store';
import { parseAdminArgs, passwordFromStdin } from './admin-cli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PASSWORD = 'a long admin password';

function runAdmin(args: string[], env: Record<string, string>, stdin: string) {
  const child = spawn(TSX, ['scripts/admin.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('exit', (code) => done({ code, stdout, stderr })),
  );
}

async function expectAdmin(store: Store, name: string) {
  const stored = await store.findUserByName(name);
  expect(stored).not.toBeNull();
  if (!stored) return;
  expect(await verifyPassword(PASSWORD, stored.passwordHash)).toBe(true);
  expect(await store.getRoles(stored.user.id)).toEqual({ site: 'admin', debates: [] });
}

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run admin -- create-user', () => {
  it('parses its arguments and says what is wrong', () => {
    expect(parseAdminArgs(['create-user', 'alice', '--role', 'admin'])).toEqual({
      command: 'create-user',
      name: 'alice',
      role: 'admin',
    });
    expect(parseAdminArgs(['create-user', 'alice', '--role=moderator'])).toMatchObject({
      role: 'moderator',
    });
    expect(parseAdminArgs(['create-user', 'alice', '--role', 'king'])).toMatchObject({
      error: expect.stringMatching(/--role must be/),
    });
    expect(parseAdminArgs(['delete-user'])).toMatchObject({
      error: expect.stringMatching(/Unknown/),
    });
    expect(parseAdminArgs(['create-user', 'a', '--pw', 'x'])).toMatchObject({
      error: expect.stringMatching(/Unexpected argument "--pw"/),
    });
    expect(passwordFromStdin('secret words\n')).toBe('secret words');
  });

  it('creates an admin in a PGlite data folder from a real process, the password from stdin', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crux-admin-'));
    folders.push(dir);
    const env = { DATA_DIR: join(dir, 'data') };
    const made = await runAdmin(['create-user', 'root_1', '--role', 'admin'], env, `${PASSWORD}\n`);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Created admin "root_1" \(u-[a-z0-9]{12}\)/);
    expect(made.stdout).not.toContain(PASSWORD);

    const again = await runAdmin(['create-user', 'ROOT_1', '--role', 'moderator'], env, PASSWORD);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/taken/);
    const short = await runAdmin(['create-user', 'other', '--role', 'admin'], env, 'short');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password \(from standard input\)/);
    const usage = await runAdmin(['create-user', 'x'], env, PASSWORD);
    expect(usage.code).toBe(2);

    const sql = await createPgliteClient(join(dir, 'data'));
    const store = createSqlStore(sql);
    try {
      await expectAdmin(store, 'root_1');
      expect(await store.findUserByName('other')).toBeNull();
    } finally {
      await store.close();
    }
  }, 120_000);

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)(
    'creates an admin on PostgreSQL (DATABASE_URL)',
    async () => {
      if (!url) return;
      // A database of its own: other files drop and recreate the shared one's schema.
      const db = `crux_admin_${process.pid}`;
      const admin = async (statement: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(statement);
        await client.end();
      };
      await admin(`drop database if exists ${db} with (force)`);
      await admin(`create database ${db}`);
      const target = new URL(url);
      target.pathname = `/${db}`;
      try {
        const env = { DATABASE_URL: target.toString() };
        const made = await runAdmin(['create-user', 'pg_root', '--role', 'admin'], env, PASSWORD);
        expect(made.stderr).toBe('');
        expect(made.code).toBe(0);
        const store = createSqlStore(createPgClient({ connectionString: target.toString() }));
        try {
          await expectAdmin(store, 'pg_root');
        } finally {
          await store.close();
        }
      } finally {
        await admin(`drop database if exists ${db} with (force)`);
      }
    },
    120_000,
  );
});

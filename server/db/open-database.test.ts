import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../testing/closed-port';
import { DatabaseUnavailableError, openDatabase } from './open-database';

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseUnavailableError);
  return error as Error;
}

describe('openDatabase', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crux-open-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names host:port but not the password when PostgreSQL cannot be reached', async () => {
    const port = await closedPort();
    const url = `postgres://crux:s3cret-pw@127.0.0.1:${port}/crux`;
    const error = await failure(openDatabase({ databaseUrl: url, dataDir: dir }));
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('s3cret-pw');
    expect(error.message).not.toContain('\n');
  });

  it('opens PGlite in DATA_DIR, creating the folder', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const sql = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      expect(sql.kind).toBe('pglite');
      expect(await sql.query<{ one: number }>('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await sql.close();
    }
    // Starting PGlite takes seconds, more on a busy machine.
  }, 60_000);

  it('says which folder is unusable when DATA_DIR is a file', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const error = await failure(openDatabase({ databaseUrl: undefined, dataDir: file }));
    expect(error.message).toContain(file);
    expect(error.message).toContain('DATA_DIR');
  });
});

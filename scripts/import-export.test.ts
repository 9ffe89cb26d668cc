// npm run import / export as a person runs them: real processes over a real PGlite data folder,
// then the folder opened in this process to see exactly what was saved.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteClient } from '../server/db/pglite-client';
import { createSqlStore } from '../server/store/sql-store';
import { importDebate } from '../src/domain/formats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'formats');
const MORAL_MAZE = join(FIXTURES, 'aif', 'aifdb-moral-maze.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dataDir: string;

function run(script: 'import' | 'export', args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir };
    execFile(
      TSX,
      [`scripts/${script}.ts`, ...args],
      { cwd: ROOT, env },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

/** What the data folder holds, read in this process once the CLI processes have exited. */
async function saved() {
  const store = createSqlStore(await createPgliteClient(dataDir));
  try {
    const ids = (await store.listDebates()).map((d) => d.id);
    return { ids, copy: await store.getDebate('moral-maze-copy') };
  } finally {
    await store.close();
  }
}

describe('npm run import / npm run export', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crux-import-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('imports a file in a guessed format, exports it, and the export imports again', async () => {
    const imported = await run('import', [MORAL_MAZE]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(
      'Imported "aifdb-moral-maze" from AIF JSON (5 claims, 4 relations, 4 comments, 4 anchors).',
    );
    expect(imported.stdout).toContain('Warning: 1 locution could not be anchored');
    expect(imported.stdout).toContain('Open it at /debates/aifdb-moral-maze');

    const out = join(dataDir, 'moral-maze.crux.json');
    const exported = await run('export', ['aifdb-moral-maze', '--format', 'crux', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^Wrote .*moral-maze\.crux\.json \(\d+\.\d KB\)\.\n$/);

    const again = await run('import', [out, '--id', 'moral-maze-copy']);
    expect(again.stdout).toContain('Open it at /debates/moral-maze-copy');
    const original = importDebate(await readFile(out, 'utf8'));
    const { copy } = await saved();
    expect(original.ok && copy).toEqual({
      ...(original.ok ? original.debate : {}),
      id: 'moral-maze-copy',
    });
  }, 120_000);

  it('refuses malformed, oversized and mis-named input, and an id that is taken, saving nothing', async () => {
    const before = (await saved()).ids;
    const broken = join(dataDir, 'broken.txt');
    await writeFile(broken, 'Discussion Title: T\n1. A\n1.1. Pro: -> See 1.9.\n');
    const huge = join(dataDir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, 21 * 1024 * 1024);
    const kialo = join(FIXTURES, 'kialo', 'older-dialect.txt');
    // These three are refused before the database is opened, so they may run side by side.
    const [malformed, oversized, badFormat] = await Promise.all([
      run('import', [broken]),
      run('import', [huge]),
      run('import', [kialo, '--format', 'pdf']),
    ]);
    expect(malformed.stderr).toBe(
      `npm run import failed: ${broken}: Kialo, line 3: expected "-> See" to name a claim in this file; found 1.9..\n`,
    );
    expect(oversized.stderr).toContain('is 21.0 MB; imports are limited to 20.0 MB.');
    expect(badFormat.stderr).toContain(
      '--format must be one of aif, argdown, kialo, wordpress, crux',
    );
    const taken = await run('import', [kialo, '--id', 'aifdb-moral-maze']);
    expect(taken.stderr).toContain(
      'A debate with id "aifdb-moral-maze" already exists. Choose another --id.',
    );
    for (const refused of [malformed, oversized, badFormat, taken]) expect(refused.code).toBe(1);
    expect((await saved()).ids).toEqual(before);
  }, 120_000);

  it("detaches a file's ids that name accounts of this site, keeping the author names", async () => {
    const setup = createSqlStore(await createPgliteClient(dataDir));
    await setup.createUser({ user: { id: 'u-here', name: 'here' }, passwordHash: 'x' });
    await setup.close();
    const file = JSON.parse(
      await readFile(join(FIXTURES, 'crux', 'threaded-bare-debate.json'), 'utf8'),
    );
    const [first, second] = file.comments as { authorId?: string }[];
    if (!first || !second) throw new Error('the fixture has comments');
    first.authorId = 'u-here';
    second.authorId = 'u-elsewhere';
    const crafted = join(dataDir, 'crafted.json');
    await writeFile(crafted, JSON.stringify(file));
    const imported = await run('import', [crafted, '--id', 'crafted']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      'Warning: 1 comment and 0 events named accounts of this site; they are kept by name only, without their rights here.',
    );
    const store = createSqlStore(await createPgliteClient(dataDir));
    const debate = await store.getDebate('crafted').finally(() => store.close());
    const authors = debate?.comments.map((c) => c.authorId).filter((id) => id !== undefined);
    expect(authors).toEqual(['imported-u-here', 'u-elsewhere']);
  }, 120_000);
});

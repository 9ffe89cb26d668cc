// npm run import -- FILE [--format aif|argdown|kialo|wordpress|crux] [--id ID]
// Reads a debate from a file into the database `npm start` uses (DATA_DIR, or DATABASE_URL),
// opened the way the server opens it. The format is guessed from the content when not given. The
// debate is saved in one transaction (createDebate, with a Crux JSON's event log): a refused file
// saves nothing.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { detachImportedAccounts } from '../server/api/import-accounts';
import { loadConfig } from '../server/config';
import { openStore } from '../server/startup/open-store';
import type { Store } from '../server/store/store';
import { logOf } from '../src/domain/formats/debate-log';
import { importDebateLoading } from '../src/domain/formats/load-importer';
import { FORMAT_LABELS, FORMAT_NAMES, MAX_IMPORT_BYTES } from '../src/domain/formats/types';
import { IdSchema } from '../src/domain/model';

const USAGE = `Usage: npm run import -- FILE [--format ${FORMAT_NAMES.join('|')}] [--id ID]`;

const ArgsSchema = z.object({
  file: z.string({ error: `FILE is missing. ${USAGE}` }),
  format: z
    .enum(FORMAT_NAMES, { error: `--format must be one of ${FORMAT_NAMES.join(', ')}` })
    .optional(),
  id: IdSchema.optional(),
});

/** The user's fault, said in one line; anything else is a bug and keeps its stack. */
class UsageError extends Error {}

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, id: { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError(`Give one file. ${USAGE}`);
  const parsed = ArgsSchema.safeParse({ ...values, file: positionals[0] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path[0] === 'id' ? '--id: ' : '';
    throw new UsageError(`${name}${issue?.message ?? 'invalid arguments'}`);
  }
  return parsed.data;
}

async function readText(file: string): Promise<string> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new UsageError(`Cannot read ${file}: no such file.`);
    },
  );
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new UsageError(`${file} is ${mb(size)}; imports are limited to ${mb(MAX_IMPORT_BYTES)}.`);
  }
  return readFile(file, 'utf8');
}

/** The id itself when free; else, when the id was derived (not asked for), the next free "-n". */
async function freeId(store: Store, id: string, asked: boolean): Promise<string> {
  if (!(await store.getDebate(id))) return id;
  if (asked) throw new UsageError(`A debate with id "${id}" already exists. Choose another --id.`);
  const base = id.slice(0, 58);
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await store.getDebate(candidate))) return candidate;
  }
}

/** With CRUX_IMPORT_TIMINGS=1, where the run's time went, on standard error (the benchmark's). */
function timings(): (step: string) => void {
  if (process.env.CRUX_IMPORT_TIMINGS !== '1') return () => {};
  // Node, tsx and loading every module come before this line runs.
  console.error(`timing: process start ${Math.round(process.uptime() * 1000)} ms`);
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    console.error(`timing: ${step} ${Math.round(now - last)} ms`);
    last = now;
  };
}

async function main(): Promise<void> {
  const lap = timings();
  const args = readArgs();
  const text = await readText(args.file);
  // The database opens (PGlite compiles its WebAssembly off the main thread) while the file is
  // checked; a refused file then closes it having written nothing.
  const opening = openStore(loadConfig(process.env));
  opening.catch(() => undefined);
  const outcome = await importDebateLoading(text, {
    format: args.format,
    id: args.id,
    filename: basename(args.file),
  });
  lap('read and import the file');
  const { store } = await opening;
  lap('open the database (and migrate)');
  if (!outcome.ok) {
    await store.close();
    throw new UsageError(`${args.file}: ${outcome.error.message}`);
  }
  let debate = outcome.debate;
  let imported = outcome;
  try {
    // As the API does: no account here becomes the author or actor of anything in the file.
    imported = await detachImportedAccounts(store, outcome);
    debate = { ...imported.debate, id: await freeId(store, debate.id, args.id !== undefined) };
    await store.createDebate(debate, logOf(imported, debate.id));
    lap('save');
  } finally {
    await store.close();
    lap('close the database');
  }
  const counts = `${debate.claims.length} claims, ${debate.relations.length} relations, ${debate.comments.length} comments, ${debate.anchors.length} anchors`;
  console.log(`Imported "${debate.post.title}" from ${FORMAT_LABELS[outcome.format]} (${counts}).`);
  for (const warning of imported.warnings) console.log(`Warning: ${warning}`);
  if (outcome.events.length > 0)
    console.log(`Kept its event log (${outcome.events.length} events).`);
  console.log(`Open it at /debates/${debate.id}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm run import failed: ${message}`);
  if (!(error instanceof UsageError) && error instanceof Error && error.stack)
    console.error(error.stack);
  process.exitCode = 1;
});

// npx tsx bench/server-import.ts [--nodes 20000] [--runs 7] [--seed 1] [--no-write]
// Times importing a generated AIF nodeset (bench/server-import-data.ts): the pure import
// (parse, index, build, validate: what the API's preview and the CLI both run), the write into
// PGlite (one createDebate), and `npm run import` end to end in a fresh process and data folder.
// Writes its section of docs/performance.md between its markers and the raw figures to
// bench/results/. Target: a 20,000-node file imports in under 2 s.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrate } from '../server/db/migrate';
import { createPgliteClient } from '../server/db/pglite-client';
import { createSqlStore } from '../server/store/sql-store';
import { exportDebate, importDebate } from '../src/domain/formats';
import { generateAifNodeset } from './server-import-data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- bench:import:start -->';
const END = '<!-- bench:import:end -->';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});
const nodes = Number(values.nodes);
const runs = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;

function timeImports(text: string) {
  const times: number[] = [];
  let last: ReturnType<typeof importDebate> | null = null;
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    last = importDebate(text, { format: 'aif', filename: 'generated.json' });
    if (i >= 2) times.push(performance.now() - started); // two warm-up runs for the JIT
  }
  if (!last?.ok)
    throw new Error(
      `The generated file did not import: ${last?.ok === false ? last.error.message : ''}`,
    );
  return { times, outcome: last };
}

async function timeStoreWrite(
  debate: Parameters<ReturnType<typeof createSqlStore>['createDebate']>[0],
) {
  const sql = await createPgliteClient();
  await migrate(sql);
  const store = createSqlStore(sql);
  const started = performance.now();
  await store.createDebate(debate);
  const elapsed = performance.now() - started;
  await store.close();
  return elapsed;
}

function timeCli(text: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'crux-bench-import-'));
  try {
    const file = join(dir, 'generated.aif.json');
    writeFileSync(file, text);
    const env = { ...process.env, DATA_DIR: join(dir, 'data') };
    // A first run pays for creating the database (initdb, migrations, the seed); time the second.
    execFileSync('npx', ['tsx', 'scripts/import.ts', file, '--id', 'warm-up'], { cwd: ROOT, env });
    const started = performance.now();
    execFileSync('npx', ['tsx', 'scripts/import.ts', file, '--id', 'timed'], { cwd: ROOT, env });
    return performance.now() - started;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const set = generateAifNodeset(nodes, Number(values.seed));
  const text = JSON.stringify(set);
  console.log(
    `AIF nodeset: ${set.nodes.length} nodes, ${set.edges.length} edges, ${(text.length / 1024 / 1024).toFixed(1)} MB`,
  );
  const { times, outcome } = timeImports(text);
  if (!outcome.ok) return;
  const { debate } = outcome;
  const counts = `${debate.claims.length} claims, ${debate.relations.length} relations, ${debate.comments.length} comments, ${debate.anchors.length} anchors`;
  console.log(`imported: ${counts}; median ${ms(median(times))}, max ${ms(Math.max(...times))}`);
  const exportStarted = performance.now();
  exportDebate(debate, 'aif');
  const exportMs = performance.now() - exportStarted;
  const storeMs = await timeStoreWrite(debate);
  console.log(`export ${ms(exportMs)}; createDebate into PGlite ${ms(storeMs)}`);
  const cliMs = timeCli(text);
  console.log(`npm run import end to end (second run on the folder) ${ms(cliMs)}`);
  const result = {
    date: new Date().toISOString(),
    /** Other work on the machine slows every figure; the 1-minute load average says how much. */
    load: loadavg()[0] ?? 0,
    nodes: set.nodes.length,
    edges: set.edges.length,
    bytes: text.length,
    imported: counts,
    importMs: times,
    exportMs,
    storeMs,
    cliMs,
  };
  if (values['no-write']) return;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'results', `import-${result.date.slice(0, 10)}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  writeSection(result, median(times));
}

function writeSection(
  result: {
    date: string;
    load: number;
    nodes: number;
    edges: number;
    bytes: number;
    imported: string;
    exportMs: number;
    storeMs: number;
    cliMs: number;
    importMs: number[];
  },
  importMedian: number,
): void {
  const path = join(ROOT, 'docs', 'performance.md');
  const page = readFileSync(path, 'utf8');
  const verdict = importMedian < 2000 ? 'met' : 'NOT met';
  const body = [
    START,
    '',
    `Measured ${result.date.slice(0, 16).replace('T', ' ')} UTC by \`npx tsx bench/server-import.ts\` (raw figures in \`bench/results/\`), load average ${result.load.toFixed(1)} on 2 cores.`,
    '',
    `A generated AIFdb nodeset of ${result.nodes.toLocaleString('en')} nodes and ${result.edges.toLocaleString('en')} edges (${(result.bytes / 1024 / 1024).toFixed(1)} MB) becomes ${result.imported}.`,
    '',
    '| Step | Time | Target |',
    '| --- | --- | --- |',
    `| Import: parse, index, build, validate (median of ${result.importMs.length}; max ${ms(Math.max(...result.importMs))}) | ${ms(importMedian)} | < 2,000 ms: ${verdict} |`,
    `| Export the same debate to AIF | ${ms(result.exportMs)} | |`,
    `| Save it in PGlite (one createDebate transaction) | ${ms(result.storeMs)} | |`,
    `| \`npm run import\` end to end (process start, open database, import, save) | ${ms(result.cliMs)} | |`,
    '',
    END,
  ].join('\n');
  const section = `## Import (server)\n\n${body}`;
  const at = page.indexOf(START);
  const next =
    at === -1
      ? `${page.trimEnd()}\n\n${section}\n`
      : `${page.slice(0, at)}${body}${page.slice(page.indexOf(END) + END.length)}`;
  writeFileSync(path, next);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

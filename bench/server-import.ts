// npx tsx bench/server-import.ts [--nodes 20000] [--runs 7] [--seed 1] [--no-write]
// Times importing a generated AIF nodeset (bench/server-import-data.ts): the pure import
// (parse, index, build, validate: what the API's preview and the CLI both run), the save (one
// createDebate) into a PGlite data folder and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL)
// set, into PostgreSQL; `npm run import` end to end as a process; and POST /api/import to a
// running server over HTTP. Writes its section of docs/performance.md between its markers and
// the raw figures to bench/results/, each with the load average when it was taken. Target: a
// 20,000-node file imports in under 2 s.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exportDebate, importDebate } from '../src/domain/formats';
import { generateAifNodeset } from './server-import-data';
import { timeApiImport, timeCli, timePgliteSave, timePostgresSave } from './server-import-steps';

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

/** A figure and the 1-minute load average just after it (other work slows every figure). */
interface Timed {
  ms: number;
  load: number;
}

async function timed(step: () => Promise<number>): Promise<Timed> {
  const ms = await step();
  return { ms, load: loadavg()[0] ?? 0 };
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
  const importLoad = loadavg()[0] ?? 0;
  const pglite = await timed(() => timePgliteSave(debate));
  console.log(`export ${ms(exportMs)}; createDebate into PGlite ${ms(pglite.ms)}`);
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const postgres = url ? await timed(() => timePostgresSave(url, debate)) : null;
  if (postgres) console.log(`createDebate into PostgreSQL ${ms(postgres.ms)}`);
  const cliRun = await timeCli(ROOT, text);
  const cli = { ms: cliRun.ms, load: loadavg()[0] ?? 0, steps: cliRun.steps };
  console.log(`npm run import end to end (second run on the folder) ${ms(cli.ms)}`, cli.steps);
  const api = await timed(() => timeApiImport(text));
  console.log(`POST /api/import over HTTP until 201 ${ms(api.ms)}`);
  const result = {
    date: new Date().toISOString(),
    /** Other work on the machine slows every figure; the 1-minute load average says how much. */
    load: importLoad,
    nodes: set.nodes.length,
    edges: set.edges.length,
    bytes: text.length,
    imported: counts,
    importMs: times,
    exportMs,
    pglite,
    postgres,
    cli,
    api,
  };
  if (values['no-write']) return;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'results', `import-${result.date.slice(0, 10)}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  writeSection(result, median(times));
}

type Result = {
  date: string;
  load: number;
  nodes: number;
  edges: number;
  bytes: number;
  imported: string;
  exportMs: number;
  importMs: number[];
  pglite: Timed;
  postgres: Timed | null;
  cli: Timed & { steps: Record<string, number> };
  api: Timed;
};

/** Met or not, said only of a figure taken on a quiet machine (load ≤ 3). */
const verdict = (t: Timed) =>
  t.load > 3
    ? `${t.ms < 2000 ? 'met' : 'not met'} here, at load > 3: rerun`
    : t.ms < 2000
      ? 'met'
      : 'NOT met';
const row = (step: string, t: Timed, target = '') =>
  `| ${step} | ${ms(t.ms)} | ${t.load.toFixed(1)} | ${target} |`;

function writeSection(result: Result, importMedian: number): void {
  const path = join(ROOT, 'docs', 'performance.md');
  const page = readFileSync(path, 'utf8');
  const body = [
    START,
    '',
    `Measured ${result.date.slice(0, 16).replace('T', ' ')} UTC by \`npx tsx bench/server-import.ts\` (raw figures in \`bench/results/\`), on 2 cores; each figure with the 1-minute load average taken just after it (a figure at load > 3 says little about a quiet machine).`,
    '',
    `A generated AIFdb nodeset of ${result.nodes.toLocaleString('en')} nodes and ${result.edges.toLocaleString('en')} edges (${(result.bytes / 1024 / 1024).toFixed(1)} MB) becomes ${result.imported}.`,
    '',
    '| Step | Time | Load | Target: under 2 s |',
    '| --- | --- | --- | --- |',
    row(
      `Import: parse, index, build, validate (median of ${result.importMs.length}; max ${ms(Math.max(...result.importMs))})`,
      { ms: importMedian, load: result.load },
      verdict({ ms: importMedian, load: result.load }),
    ),
    row('Export the same debate to AIF', { ms: result.exportMs, load: result.load }),
    row('Save it in PGlite, in a data folder (one createDebate)', result.pglite),
    result.postgres
      ? row('Save it in PostgreSQL (one createDebate)', result.postgres)
      : '| Save it in PostgreSQL | not measured (no BENCH_DATABASE_URL) | | |',
    row(
      '`npm run import` end to end (process start, open the data folder, import, save)',
      result.cli,
      verdict(result.cli),
    ),
    row(
      'POST /api/import to a running server over HTTP, until 201',
      result.api,
      verdict(result.api),
    ),
    '',
    `Where \`npm run import\`'s time went (as it reports with CRUX_IMPORT_TIMINGS=1; the rest is npm itself): ${Object.entries(
      result.cli.steps,
    )
      .map(([step, t]) => `${step} ${ms(t)}`)
      .join(', ')}.`,
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

// `npm run bench:client`: measures the reader's view in headless Chromium on generated debates
// of 1k and 10k claims (5 comments per claim), against a React Flow baseline drawing the same
// laid-out map as one HTML card per claim. Writes bench/results/client-<date>.json and the
// table in docs/performance.md. A benchmark, not a test: it asserts nothing.
//
// Options: --sizes 1000,10000 (claims; comments are 5×), --seed N. For quick targeted runs while
// working on one figure: --targets crux (skip the baseline), --data-dir DIR (generate once into
// DIR/<size> and reuse it), --trace DIR (a Chromium trace and a CPU profile per page; add
// --no-minify to read function names in them), --no-write (leave bench/results and
// docs/performance.md alone). The client is built into CRUX_DIST_DIR when set,
// so a benchmark never empties the dist/ another server is serving.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser, startCrux } from '../../e2e/harness';
import { serveBaseline } from './baseline-server';
import { measure, type TargetResult } from './measure';
import { writePerformanceTable } from './report';
import { baselineTarget, cruxTarget } from './targets';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    targets: { type: 'string', default: 'crux,baseline' },
    'data-dir': { type: 'string' },
    trace: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'no-minify': { type: 'boolean', default: false },
  },
});
const targets = new Set((values.targets ?? '').split(','));
const distDir = process.env.CRUX_DIST_DIR;
const sizes = (values.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/**
 * A page that cannot get through the scenario in this time is reported as not finishing rather
 * than holding up the run (React Flow with 10,000 cards can take minutes per step here).
 */
const TARGET_BUDGET_MS = 6 * 60_000;

async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  // The abandoned run fails later, when its server stops: that is expected, not a crash.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    // A page that crashes (React Flow with 10,000 cards can exhaust the renderer) is reported
    // as not finishing, with the reason, rather than ending the whole run.
    console.log(`  failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** A data folder holding the generated debate: kept under --data-dir, else a temporary one. */
function generated(claims: number, id: string): { dataDir: string; temporary: boolean } {
  const kept = values['data-dir'];
  const dataDir = kept
    ? join(kept, String(claims))
    : mkdtempSync(join(tmpdir(), `crux-bench-${claims}-`));
  if (kept && existsSync(join(dataDir, 'PG_VERSION'))) return { dataDir, temporary: false };
  // scripts/gen.ts writes into the database that npm start would use: point it at ours.
  const gen = ['--claims', String(claims), '--comments', String(claims * 5)];
  gen.push('--seed', values.seed ?? '1', '--id', id);
  run('npx', ['tsx', 'scripts/gen.ts', ...gen], { DATA_DIR: dataDir });
  return { dataDir, temporary: !kept };
}

async function benchSize(browser: Browser, claims: number): Promise<TargetResult[]> {
  const id = `bench-${claims}`;
  console.log(`\n# ${claims} claims, ${claims * 5} comments`);
  const { dataDir, temporary } = generated(claims, id);
  try {
    const crux = await startCrux({
      DATA_DIR: dataDir,
      ...(distDir ? { CRUX_DIST_DIR: distDir } : {}),
    });
    const baseline = await serveBaseline(crux.url);
    try {
      await warmUp(crux.url, id);
      const results: TargetResult[] = [];
      const pages = [cruxTarget(crux.url, id), baselineTarget(baseline.url, id)];
      for (const target of pages.filter((t) => targets.has(t.name))) {
        console.log(`  measuring ${target.name}…`);
        const trace = values.trace ? join(values.trace, `${target.name}-${claims}`) : undefined;
        const figures = await withinBudget(measure(browser, target, id, trace), TARGET_BUDGET_MS);
        if (figures) results.push({ claims, ...figures });
        else
          console.log(
            `  ${target.name} did not finish within ${TARGET_BUDGET_MS / 60_000} minutes`,
          );
      }
      return results;
    } finally {
      await baseline.stop();
      await crux.stop();
    }
  } finally {
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * One read of what the first view asks for, before either page is measured: a server that has
 * served anything at all has compiled its routes and warmed its database caches. Without it the
 * first page measured (Crux) met a cold server and the second (the baseline) a warm one.
 */
async function warmUp(baseUrl: string, id: string): Promise<void> {
  for (const path of [`api/debates/${id}`, `api/debates/${id}/comments?sort=oldest`]) {
    const response = await fetch(new URL(path, baseUrl), {
      headers: { 'accept-encoding': 'gzip' },
    });
    await response.arrayBuffer();
  }
}

async function main() {
  const out = distDir ? ['--outDir', distDir, '--emptyOutDir'] : [];
  if (values['no-minify']) out.push('--minify', 'false');
  run('npx', ['vite', 'build', '--logLevel', 'warn', ...out]);
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/baseline/vite.config.ts']);
  const browser = await launchBrowser();
  const results: TargetResult[] = [];
  try {
    for (const claims of sizes) results.push(...(await benchSize(browser, claims)));
  } finally {
    await browser.close();
  }
  for (const r of results) console.log(JSON.stringify(r));
  if (values['no-write']) return;
  const date = new Date().toISOString();
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/client-${date.slice(0, 10)}.json`;
  writeFileSync(file, `${JSON.stringify({ date, machine: machine(), results }, null, 2)}\n`);
  writePerformanceTable('docs/performance.md', date, results);
  console.log(`\nwrote ${file} and docs/performance.md`);
}

function machine(): string {
  return `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium (software rendering)`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

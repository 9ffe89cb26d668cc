// The merge part of `npm run bench:server` (issue 5, target: a merge of 2–5 claims ≤ 20 ms
// server-side). Generates a 100k-claim debate (scripts/gen's generator) into an in-memory PGlite
// through the SQL store, as `npm start` holds it, then times store.mergeClaims and
// store.unmergeClaims (each one transaction: lock, load, decide, write, event) over repeated
// merges of 2–5 random claims, each undone before the next so the debate stays the same size.
// Writes bench/results/merge-<date>.json and the Merge section of docs/performance.md.
// Options: --claims 100000 --comments 20000 --merges 200 --seed 1 --no-write
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { generateDebate } from '../../scripts/gen/generate-debate';
import { migrate } from '../../server/db/migrate';
import { createPgliteClient } from '../../server/db/pglite-client';
import { createSqlStore } from '../../server/store/sql-store';
import type { MergeRequest } from '../../src/domain/merge/merge-request';
import type { Id } from '../../src/domain/model';
import { replaceBetweenMarkers } from './markers';

interface Percentiles {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /**
   * The same calls' CPU time. PGlite runs in this process, so it is the work itself, without the
   * time spent waiting for a core on a busy machine (this one is shared).
   */
  cpu: { p50Ms: number; p95Ms: number };
}

export interface MergeBenchResult {
  date: string;
  machine: string;
  loadAverage: number[];
  claims: number;
  comments: number;
  createMs: number;
  /** store.mergeClaims of 2–5 claims, the whole transaction. */
  merge: Percentiles;
  /** store.unmergeClaims of the same merge, the whole transaction. */
  unmerge: Percentiles;
  /** store.previewMerge (read-only), for the moderator's preview. */
  preview: Percentiles;
  meanClaimsPerMerge: number;
}

interface Sample {
  wall: number;
  cpu: number;
}

function percentiles(samples: readonly Sample[]): Percentiles {
  const round = (x: number) => Number(x.toFixed(2));
  const at = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  };
  const wall = samples.map((s) => s.wall);
  const cpu = samples.map((s) => s.cpu);
  return {
    count: samples.length,
    p50Ms: round(at(wall, 0.5)),
    p95Ms: round(at(wall, 0.95)),
    maxMs: round(at(wall, 1)),
    cpu: { p50Ms: round(at(cpu, 0.5)), p95Ms: round(at(cpu, 0.95)) },
  };
}

/** A small deterministic PRNG (mulberry32), so runs pick the same claims. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, Sample]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, { wall, cpu: (used.user + used.system) / 1000 }];
}

export async function benchMerge(options: {
  claims: number;
  comments: number;
  merges: number;
  seed: number;
}): Promise<MergeBenchResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const sql = await createPgliteClient();
  await migrate(sql);
  const store = createSqlStore(sql);
  const id = 'merge-bench';
  const debate = generateDebate({ ...options, id, title: 'Merge benchmark' });
  const [, created] = await timed(() => store.createDebate(debate));
  const createMs = created.wall;
  console.log(
    `merge: ${options.claims} claims, ${options.comments} comments saved in ${Math.round(createMs)} ms`,
  );
  await store.createUser({ user: { id: 'u-bench', name: 'bench' }, passwordHash: 'x' });
  const moderator = { id: 'u-bench', name: 'bench' };
  const claimIds = debate.claims.map((c) => c.id);
  const random = rng(options.seed);
  const samples = { merge: [] as Sample[], unmerge: [] as Sample[], preview: [] as Sample[] };
  let merged = 0;
  for (let i = 0; i < options.merges + 10; i++) {
    const size = 2 + Math.floor(random() * 4);
    const picked = new Set<Id>();
    while (picked.size < size) picked.add(claimIds[Math.floor(random() * claimIds.length)] as Id);
    const ids = [...picked];
    const request: MergeRequest = { claimIds: ids, survivor: { keep: ids[0] as Id } };
    const [preview, previewMs] = await timed(() => store.previewMerge(id, request));
    if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
    // Opposite stances: take the first relation's, as a moderator choosing would.
    const stances = preview.preview.conflicts
      .filter((c) => c.kind === 'opposite-stances')
      .map((c) => {
        const r = debate.relations.find((x) => x.id === c.relationIds[0]);
        const map = (x: Id) => (picked.has(x) ? (ids[0] as Id) : x);
        return { from: map(r?.from ?? ''), to: map(r?.to ?? ''), kind: r?.kind ?? 'supports' };
      });
    const full = { ...request, stances, expected: preview.preview.expected };
    const [result, mergeMs] = await timed(() => store.mergeClaims(id, moderator, full));
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    const [undone, unmergeMs] = await timed(() =>
      store.unmergeClaims(id, moderator, result.event.seq),
    );
    if (undone.kind !== 'ok') throw new Error(JSON.stringify(undone));
    // The first few warm up the engine's caches and plans.
    if (i < 10) continue;
    merged += size;
    samples.preview.push(previewMs);
    samples.merge.push(mergeMs);
    samples.unmerge.push(unmergeMs);
  }
  await store.close();
  return {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    loadAverage: [Number(loadBefore.toFixed(1)), Number((loadavg()[0] ?? 0).toFixed(1))],
    claims: options.claims,
    comments: options.comments,
    createMs: Math.round(createMs),
    merge: percentiles(samples.merge),
    unmerge: percentiles(samples.unmerge),
    preview: percentiles(samples.preview),
    meanClaimsPerMerge: Number((merged / Math.max(1, options.merges)).toFixed(2)),
  };
}

function markdown(r: MergeBenchResult): string {
  const row = (name: string, t: Percentiles) =>
    `| ${name} | ${t.count} | ${t.p50Ms} | ${t.p95Ms} | ${t.maxMs} | ${t.cpu.p50Ms} | ${t.cpu.p95Ms} |`;
  return [
    '### Merge (issue 5)',
    '',
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:server\` (bench/server/merge.ts; raw figures in \`bench/results/\`) on ${r.machine}, load average ${r.loadAverage.join(' → ')}.`,
    `A generated debate of ${r.claims.toLocaleString('en')} claims and ${r.comments.toLocaleString('en')} comments in PGlite (in memory) through the SQL store, saved in ${(r.createMs / 1000).toFixed(1)} s. Each merge folds 2–5 random claims (mean ${r.meanClaimsPerMerge}) and is undone before the next; times are the store call (one transaction: lock, index lookups, decision, rows, event), server-side, without HTTP. Wall-clock figures include waiting for a core on this shared machine; the CPU columns (PGlite runs in the process) are the work itself.`,
    '',
    '| operation | runs | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('preview (read only)', r.preview),
    row('merge (target ≤ 20 ms)', r.merge),
    row('unmerge', r.unmerge),
  ].join('\n');
}

async function main(): Promise<void> {
  // Read here, not at import: run.ts may import benchMerge with its own options.
  const { values } = parseArgs({
    options: {
      claims: { type: 'string', default: '100000' },
      comments: { type: 'string', default: '20000' },
      merges: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const result = await benchMerge({
    claims: Number(values.claims),
    comments: Number(values.comments),
    merges: Number(values.merges),
    seed: Number(values.seed),
  });
  console.log(
    `merge: p50 ${result.merge.p50Ms} ms, p95 ${result.merge.p95Ms} ms (CPU ${result.merge.cpu.p50Ms} / ${result.merge.cpu.p95Ms}); unmerge p50 ${result.unmerge.p50Ms} ms, p95 ${result.unmerge.p95Ms} ms (CPU ${result.unmerge.cpu.p50Ms} / ${result.unmerge.cpu.p95Ms})`,
  );
  if (values['no-write']) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const day = result.date.slice(0, 10);
  writeFileSync(
    new URL(`../results/merge-${day}.json`, import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  const doc = new URL('../../docs/performance.md', import.meta.url);
  writeFileSync(
    doc,
    replaceBetweenMarkers(readFileSync(doc, 'utf8'), 'bench:merge', markdown(result)),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

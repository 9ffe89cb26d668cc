// `npx tsx bench/layout/run.ts`: what one live edit costs the map's layout at 10,000 claims,
// laid out again incrementally (domain/incremental-layout.ts) against from scratch. Runs in
// Node, the same V8 as the layout worker; writes its table into docs/performance.md. A
// benchmark, not a test: it asserts nothing.
//
// Options: --claims N (10000), --edits N (40 of each kind), --no-write.
import { parseArgs } from 'node:util';
import { generateDebate } from '../../scripts/gen/generate-debate';
import { buildMap, type ClaimMap } from '../../src/domain/build-map';
import { layoutMapAuto } from '../../src/domain/compact-layout';
import { buildGraph } from '../../src/domain/graph';
import { type LayoutMemo, layoutIncrementally } from '../../src/domain/incremental-layout';
import { packLayout } from '../../src/domain/layout-transfer';
import type { Claim, Relation } from '../../src/domain/model';
import { writeLayoutTable } from './report';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '40' },
    'no-write': { type: 'boolean', default: false },
  },
});
const claimCount = Number(values.claims);
const editCount = Number(values.edits);
const SIZES = { nodeWidth: 240, nodeHeight: 148, gapX: 28, gapY: 64 };

export interface Timing {
  label: string;
  medianMs: number;
  p95Ms: number;
  /** Top-level branches laid out again (median), where it applies. */
  branches?: number;
}

function summary(label: string, samples: number[], branches?: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  const b = branches
    ? [...branches].sort((x, y) => x - y)[Math.floor(branches.length / 2)]
    : undefined;
  return { label, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), branches: b };
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

const mapOf = (claims: Claim[], relations: Relation[]): ClaimMap =>
  buildMap(buildGraph(claims, relations));

function main() {
  const debate = generateDebate({ claims: claimCount, comments: 0, seed: 1, id: 'x', title: 'x' });
  const { claims, relations } = debate;
  const map = mapOf(claims, relations);
  // Warm the JIT the way a worker that has laid out a few times is warm.
  for (let i = 0; i < 15; i++) {
    packLayout(layoutMapAuto(map, SIZES));
    layoutIncrementally(map, SIZES, null);
  }
  const base = layoutIncrementally(map, SIZES, null).memo;
  const add = measureEdits(base, (i) => {
    const parent = claims[(i * 7919) % claims.length] as Claim;
    const id = `added-${i}`;
    return {
      claims: [...claims, { id, text: id }],
      relations: [...relations, { id: `r-${id}`, from: id, to: parent.id, kind: 'attacks' }],
    };
  });
  const remove = measureEdits(base, (i) => {
    const gone = (claims[1 + ((i * 7919) % (claims.length - 1))] as Claim).id;
    return {
      claims: claims.filter((c) => c.id !== gone),
      relations: relations.filter((r) => r.from !== gone && r.to !== gone),
    };
  });
  const timings = [
    summary('Before: layoutMapAuto + packLayout (what the worker did)', add.before),
    summary('From scratch: layoutIncrementally without a memo', add.scratch),
    summary(
      'One claim added: layoutIncrementally with the last memo',
      add.incremental,
      add.branches,
    ),
    summary(
      'One claim removed: layoutIncrementally with the last memo',
      remove.incremental,
      remove.branches,
    ),
    summary('One claim added: graph + spanning tree, rebuilt before any layout', add.map),
  ];
  for (const t of timings) console.log(JSON.stringify(t));
  if (!values['no-write']) {
    writeLayoutTable('docs/performance.md', new Date().toISOString(), claimCount, timings);
    console.log('wrote docs/performance.md');
  }
}

/** Each edit applied to the base data, every way of laying it out timed on the same map. */
function measureEdits(
  memo: LayoutMemo,
  edit: (i: number) => { claims: Claim[]; relations: Relation[] },
) {
  const times = { before: [] as number[], scratch: [] as number[], incremental: [] as number[] };
  const mapMs: number[] = [];
  const branches: number[] = [];
  for (let i = 0; i < editCount; i++) {
    const next = edit(i);
    const [map, ms] = time(() => mapOf(next.claims, next.relations));
    mapMs.push(ms);
    // Alternate the order so neither way always runs on a cache the other warmed.
    const ways = [
      () => times.before.push(time(() => packLayout(layoutMapAuto(map, SIZES)))[1]),
      () => times.scratch.push(time(() => layoutIncrementally(map, SIZES, null))[1]),
      () => {
        const [result, ms2] = time(() => layoutIncrementally(map, SIZES, memo));
        times.incremental.push(ms2);
        branches.push(result.branchesRedone);
      },
    ];
    for (let k = 0; k < ways.length; k++) ways[(i + k) % ways.length]?.();
  }
  return { ...times, map: mapMs, branches };
}

main();

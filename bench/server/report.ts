// Writes the server benchmark's raw figures to bench/results/server-<date>.json and its table to
// the Server section of docs/performance.md (between its markers; the rest of the page is left
// alone).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ListBuildResult } from './list-build';
import { replaceBetweenMarkers } from './markers';
import type { Timing } from './measure';

export interface CorpusResult {
  corpus: 'debate' | 'generator';
  claims: number;
  generateMs: number;
  buildMs: number;
  buildCpuMs: number;
  /** Heap the index holds once built, after a full GC (texts not counted). */
  indexHeapMb: number;
  /** A new claim's suggestions: similar(text, { limit: 10 }), tokenising included. */
  similar: Timing;
  meanMatches: number;
  /** The same, each right after another claim was added (norms recomputed as they are met). */
  afterAdd: Timing;
  add: Timing;
  remove: Timing;
  /** Claims pairs() ran over (fewer than `claims` for the generator's text). */
  pairsClaims: number;
  pairsMs: number;
  pairsCpuMs: number;
  groups: number;
  pairs: number;
  /** The server's list (server/duplicates) built in slices, at each size asked. */
  lists: ListBuildResult[];
}

export interface ServerBenchResult {
  date: string;
  machine: string;
  /** 1-minute load average before and after the run: other work on the machine. */
  loadAverage: [number, number];
  threshold: number;
  corpora: CorpusResult[];
}

const RESULTS = new URL('../results/', import.meta.url);
const DOC = new URL('../../docs/performance.md', import.meta.url);

const ms = (x: number) => `${x.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ms`;
/** Wall-clock p50 / p95, then the CPU time's: on a busy machine the two part. */
const timing = (t: Timing) =>
  `${ms(t.p50Ms)} / ${ms(t.p95Ms)} (CPU ${ms(t.cpu.p50Ms)} / ${ms(t.cpu.p95Ms)})`;
const once = (wall: number, cpu: number) => `${ms(wall)} (CPU ${ms(cpu)})`;

function table(result: ServerBenchResult): string[] {
  const by = (name: CorpusResult['corpus']) => result.corpora.find((c) => c.corpus === name);
  const debate = by('debate');
  const generator = by('generator');
  const cell = (c: CorpusResult | undefined, f: (c: CorpusResult) => string) => (c ? f(c) : '—');
  const row = (measure: string, target: string, f: (c: CorpusResult) => string) =>
    `| ${measure} | ${target} | ${cell(debate, f)} | ${cell(generator, f)} |`;
  const claims = (debate ?? generator)?.claims.toLocaleString('en-GB') ?? '?';
  return [
    `| measure (${claims} claims) | target | debate-like text | generator's 190 words |`,
    '| --- | --- | --- | --- |',
    row('Index build', '', (c) => once(c.buildMs, c.buildCpuMs)),
    row('Index heap', '', (c) => `${c.indexHeapMb} MB`),
    row('Suggestions for one new claim, p50 / p95', 'p95 ≤ 5 ms', (c) => timing(c.similar)),
    row(
      '… p99 / max',
      '',
      (c) => `${ms(c.similar.p99Ms)} / ${ms(c.similar.maxMs)} (CPU p99 ${ms(c.similar.cpu.p99Ms)})`,
    ),
    row('… matches per claim (mean, ≤ 10)', '', (c) => String(c.meanMatches)),
    row('… right after another claim was added, p50 / p95', '', (c) => timing(c.afterAdd)),
    row('Add one claim, p50 / p95', '', (c) => timing(c.add)),
    row('Remove one claim, p50 / p95', '', (c) => timing(c.remove)),
    row('pairs() over the whole debate', '', (c) =>
      c.pairsClaims === c.claims
        ? once(c.pairsMs, c.pairsCpuMs)
        : `${once(c.pairsMs, c.pairsCpuMs)} over ${c.pairsClaims.toLocaleString('en-GB')} claims`,
    ),
    row('… groups / pairs found', '', (c) => `${c.groups} / ${c.pairs}`),
    ...listRows(result, row),
    `| Merge 2–5 claims | ≤ 20 ms | see Merge below (\`bench/server/merge.ts\`, same command) | |`,
  ];
}

type Row = (measure: string, target: string, f: (c: CorpusResult) => string) => string;

/** The list build at each size measured: whole build, longest slice, first page. */
function listRows(result: ServerBenchResult, row: Row): string[] {
  const sizes = [...new Set(result.corpora.flatMap((c) => c.lists.map((l) => l.claims)))];
  return sizes.flatMap((size) => {
    const at = (c: CorpusResult) => c.lists.find((l) => l.claims === size);
    const n = size.toLocaleString('en-GB');
    const cell = (f: (l: ListBuildResult) => string) => (c: CorpusResult) => {
      const list = at(c);
      return list ? f(list) : '—';
    };
    return [
      row(
        `Moderator's list built in 15 ms slices, ${n} claims`,
        'off the request path',
        cell((l) => `${once(l.buildMs, l.buildCpuMs)}, ${l.slices.toLocaleString('en-GB')} slices`),
      ),
      row(
        '… longest slice / groups / first page',
        '',
        cell(
          (l) =>
            `${ms(l.longestSliceMs)} / ${l.groups} groups / ${(l.firstPageBytes / 1024).toFixed(1)} KB`,
        ),
      ),
    ];
  });
}

/** What the figures need said next to them: the load, and what the list's slices measure. */
function notes(result: ServerBenchResult): string[] {
  const busy = Math.max(...result.loadAverage) > 3;
  return [
    ...(busy
      ? [
          `The load average was above 3 (${result.loadAverage.join(' → ')}): other work shared the two cores, so the wall-clock figures say little; the CPU times are what the code costs. A target is judged met only on a quiet machine.`,
          '',
        ]
      : []),
    "The moderator's list is built as the server builds it (`server/duplicates/`): every claim indexed, then each compared with all the others by `similarTo`, in slices of 15 ms of work; a request waits behind at most one slice. The longest slice is not the slice size: a major garbage collection of the growing index falls inside some slice (a 208 ms mark-compact at 100k claims in a `--trace-gc` run), and would hold up any request at that moment the same way. The first page is what the route sends: 20 groups, each at most 50 claims and 20 pairs.",
  ];
}

export function writeServerResults(result: ServerBenchResult): void {
  mkdirSync(RESULTS, { recursive: true });
  const file = new URL(`server-${result.date.slice(0, 10)}.json`, RESULTS);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const when = `${result.date.slice(0, 16).replace('T', ' ')} UTC`;
  const section = [
    '### Duplicate index (issue 5)',
    '',
    `Measured ${when} by \`npm run bench:server\` on ${result.machine}, load average ${result.loadAverage.join(' → ')} (raw figures in \`bench/results/\`). Threshold ${result.threshold}; times include tokenising the claim.`,
    '',
    'Two generated corpora of claim wordings (`bench/server/claim-texts.ts`). Debate-like text: 8–25 words drawn from a 30,000-word vocabulary by Zipf’s law (the generator’s policy words the most frequent), each claim borrowing a few words from one it answers and 2% restating an earlier claim with a word dropped, swapped or replaced. And `npm run gen`’s own sentences: 190 words in a fixed pattern, so every claim shares words with thousands of others; no real debate is this repetitive, it is the worst case. Suggestions are for new wordings not in the index (after 200 unmeasured). CPU time is the process’s own; on a busy machine wall-clock time also counts the waits for a core.',
    '',
    ...table(result),
    '',
    ...notes(result),
  ].join('\n');
  writeFileSync(DOC, replaceBetweenMarkers(readFileSync(DOC, 'utf8'), 'bench:server', section));
  console.log(`wrote ${file.pathname} and docs/performance.md`);
}

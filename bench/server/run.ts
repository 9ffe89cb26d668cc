// `npm run bench:server`: the moderator's server-side work on a generated 100k-claim debate.
// Builds the duplicate index (time, memory), times a new claim's suggestions (p50/p95 over
// ≥ 1,000 wordings, target p95 ≤ 5 ms), adding and removing one claim, pairs() over the whole
// debate, and the moderator's list as the server builds it in slices at 10k and at 100k claims. Writes bench/results/server-<date>.json and the Server section of
// docs/performance.md. A benchmark, not a test: it asserts nothing. The merge timing is
// bench/server/merge.ts, which `npm run bench:server` runs next.
//
// Options: --claims 100000, --queries 2000, --corpus debate,generator, --seed 1, --no-write,
// --list-claims 10000,100000 (list builds; those above --claims are skipped),
// --generator-pairs 10000 (pairs() on the generator's text grows with the square of the claim
// count — every claim shares words with thousands — so it is timed on this many claims).
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createDuplicateIndex, DEFAULT_DUPLICATE_THRESHOLD } from '../../src/domain/duplicates';
import { debateTexts, generatorTexts } from './claim-texts';
import { benchListBuild } from './list-build';
import { settledHeapMb, summarise, timeEach, timeOnce } from './measure';
import { type CorpusResult, type ServerBenchResult, writeServerResults } from './report';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '2000' },
    corpus: { type: 'string', default: 'debate,generator' },
    seed: { type: 'string', default: '1' },
    'generator-pairs': { type: 'string', default: '10000' },
    'list-claims': { type: 'string', default: '10000,100000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const claimCount = Number(values.claims);
const queryCount = Math.max(1000, Number(values.queries));
const seed = Number(values.seed);
const WARM_UP = 200;

function benchCorpus(name: 'debate' | 'generator'): CorpusResult {
  const generated = timeOnce(() =>
    (name === 'debate' ? debateTexts : generatorTexts)(claimCount, seed),
  );
  const texts = generated.result;
  const heapBefore = settledHeapMb();
  const build = timeOnce(() => {
    const index = createDuplicateIndex();
    texts.claims.forEach((text, i) => {
      index.add(`c-${i}`, text);
    });
    return index;
  });
  const index = build.result;
  const indexMb = settledHeapMb() - heapBefore;
  console.log(`${name}: ${claimCount} claims indexed in ${build.ms} ms, ${indexMb.toFixed(1)} MB`);

  // A new claim's suggestions: wordings the index has not seen, as a commenter types them.
  const drafts = texts.more(queryCount + WARM_UP, seed + 1);
  let matches = 0;
  const suggest = (text: string) => {
    matches += index.similar(text, { limit: 10 }).length;
  };
  timeEach(drafts.slice(0, WARM_UP), suggest);
  matches = 0;
  const similar = summarise(timeEach(drafts.slice(WARM_UP), suggest));
  console.log(
    `${name}: similar() p50 ${similar.p50Ms} ms, p95 ${similar.p95Ms} ms (CPU ${similar.cpu.p50Ms} / ${similar.cpu.p95Ms} ms)`,
  );

  // Incremental upkeep: one claim added (a reply), then removed (a merge folds it away).
  const added = texts.more(1000, seed + 2);
  const claims = added.map((text, i) => ({ id: `new-${i}`, text }));
  const add = summarise(timeEach(claims, ({ id, text }) => index.add(id, text)));
  const remove = summarise(timeEach(claims, ({ id }) => index.remove(id)));
  // Every add changes N, so every cached norm: the first suggestions after one recompute theirs.
  const afterAdd = summarise(
    timeEach(
      drafts.slice(WARM_UP, WARM_UP + 500).map((draft, i) => [draft, added[i] ?? ''] as const),
      ([draft, text], start) => {
        index.add('interleaved', text);
        start();
        suggest(draft);
      },
    ),
  );
  index.remove('interleaved');

  const pairsClaims =
    name === 'generator' ? Math.min(claimCount, Number(values['generator-pairs'])) : claimCount;
  const pairsIndex =
    pairsClaims === claimCount
      ? index
      : createDuplicateIndex(
          texts.claims.slice(0, pairsClaims).map((text, i) => ({ id: `c-${i}`, text })),
        );
  const pairs = timeOnce(() => pairsIndex.pairs());
  const pairCount = pairs.result.reduce((sum, g) => sum + g.pairs.length, 0);
  console.log(
    `${name}: pairs() over ${pairsClaims} claims ${pairs.ms} ms, ${pairs.result.length} groups, ${pairCount} pairs`,
  );

  const lists = (values['list-claims'] ?? '')
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n <= claimCount)
    .map((n) => {
      const list = benchListBuild(texts.claims.slice(0, n));
      console.log(
        `${name}: list of ${n} claims built in ${list.buildMs} ms (CPU ${list.buildCpuMs}), ${list.slices} slices, longest ${list.longestSliceMs} ms, ${list.groups} groups, first page ${list.firstPageBytes} bytes`,
      );
      return list;
    });

  return {
    corpus: name,
    claims: claimCount,
    generateMs: generated.ms,
    buildMs: build.ms,
    buildCpuMs: build.cpuMs,
    indexHeapMb: Number(indexMb.toFixed(1)),
    similar,
    meanMatches: Number((matches / queryCount).toFixed(2)),
    afterAdd,
    add,
    remove,
    pairsClaims,
    pairsMs: pairs.ms,
    pairsCpuMs: pairs.cpuMs,
    groups: pairs.result.length,
    pairs: pairCount,
    lists,
  };
}

function main(): void {
  const corpora = (values.corpus ?? '')
    .split(',')
    .filter((c): c is 'debate' | 'generator' => c === 'debate' || c === 'generator');
  const loadBefore = loadavg()[0] ?? 0;
  const results = corpora.map(benchCorpus);

  const result: ServerBenchResult = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    // Other work on the machine slows every figure; the 1-minute load average says how much.
    loadAverage: [Number(loadBefore.toFixed(1)), Number((loadavg()[0] ?? 0).toFixed(1))],
    threshold: DEFAULT_DUPLICATE_THRESHOLD,
    corpora: results,
  };
  if (values['no-write']) console.log(JSON.stringify(result, null, 2));
  else writeServerResults(result);
}

main();

// Measures the duplicate index on the hand-labelled pairs and rewrites the figures in
// docs/duplicates.md between its markers: precision and recall at the chosen threshold and
// around it, per kind of pair, a two-fold check of the threshold choice, and every pair the index
// gets wrong. Run: npx tsx bench/server/duplicate-quality.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_DUPLICATE_THRESHOLD } from '../../src/domain/duplicates';
import {
  qualityAt,
  type ScoredPair,
  scoreLabelledPairs,
} from '../../src/domain/duplicates/evaluate';
import { DUPLICATE_PAIRS, type LabelledPair } from '../../test/fixtures/duplicate-pairs';
import { replaceBetweenMarkers } from './markers';

const DOC = new URL('../../docs/duplicates.md', import.meta.url);
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function thresholdTable(scored: readonly ScoredPair[]): string[] {
  const rows = [
    '| threshold | precision | recall | F1 | duplicates found | false alarms | missed |',
  ];
  rows.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const t of THRESHOLDS) {
    const q = qualityAt(scored, t);
    const mark = t === DEFAULT_DUPLICATE_THRESHOLD ? '**' : '';
    rows.push(
      `| ${mark}${t.toFixed(2)}${mark} | ${pct(q.precision)} | ${pct(q.recall)} | ${q.f1.toFixed(3)} | ${q.truePositives} | ${q.falsePositives} | ${q.falseNegatives} |`,
    );
  }
  return rows;
}

function kindTable(scored: readonly ScoredPair<LabelledPair>[]): string[] {
  const rows = ['| kind | pairs | called duplicate |', '| --- | --- | --- |'];
  for (const kind of ['paraphrase', 'near-miss', 'related', 'unrelated'] as const) {
    const of = scored.filter((s) => s.pair.kind === kind);
    const called = of.filter((s) => s.score >= DEFAULT_DUPLICATE_THRESHOLD).length;
    rows.push(`| ${kind} | ${of.length} | ${called} |`);
  }
  return rows;
}

/** The best-F1 threshold on one half, measured on the other: how much the choice overfits. */
function twoFold(scored: readonly ScoredPair[]): string[] {
  const grid = Array.from({ length: 25 }, (_, i) => 0.2 + i * 0.025);
  const halves = [scored.filter((_, i) => i % 2 === 0), scored.filter((_, i) => i % 2 === 1)];
  return halves.map((train, k) => {
    const test = halves[1 - k] ?? [];
    const best = grid.reduce((b, t) => (qualityAt(train, t).f1 > qualityAt(train, b).f1 ? t : b));
    const q = qualityAt(test, best);
    return `- chosen on the ${k === 0 ? 'even' : 'odd'} pairs: threshold ${best.toFixed(3)}; on the other half precision ${pct(q.precision)}, recall ${pct(q.recall)}`;
  });
}

function errors(scored: readonly ScoredPair<LabelledPair>[]): string[] {
  const wrong = scored
    .filter((s) => s.score >= DEFAULT_DUPLICATE_THRESHOLD !== s.pair.duplicate)
    .sort((x, y) => y.score - x.score);
  const rows = ['| error | score | kind | A | B |', '| --- | --- | --- | --- | --- |'];
  for (const { pair, score } of wrong) {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    const what = pair.duplicate ? 'missed' : 'false alarm';
    rows.push(
      `| ${what} | ${score.toFixed(3)} | ${pair.kind} | ${cell(pair.a)} | ${cell(pair.b)} |`,
    );
  }
  return rows;
}

function main(): void {
  const scored = scoreLabelledPairs(DUPLICATE_PAIRS);
  const q = qualityAt(scored, DEFAULT_DUPLICATE_THRESHOLD);
  const section = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npx tsx bench/server/duplicate-quality.ts\` on the ${scored.length} pairs in \`test/fixtures/duplicate-pairs/\`.`,
    '',
    `At the chosen threshold **${DEFAULT_DUPLICATE_THRESHOLD}**: precision **${q.truePositives}/${q.truePositives + q.falsePositives} = ${pct(q.precision)}**, recall **${q.truePositives}/${q.truePositives + q.falseNegatives} = ${pct(q.recall)}** (F1 ${q.f1.toFixed(3)}).`,
    '',
    ...thresholdTable(scored),
    '',
    ...kindTable(scored),
    '',
    'Two-fold check of the threshold choice (pairs split by position):',
    '',
    ...twoFold(scored),
    '',
    'Every pair the index gets wrong at the chosen threshold:',
    '',
    ...errors(scored),
  ].join('\n');
  const doc = readFileSync(DOC, 'utf8');
  writeFileSync(DOC, replaceBetweenMarkers(doc, 'duplicates:quality', section));
  console.log(section.split('\n').slice(0, 20).join('\n'));
}

main();

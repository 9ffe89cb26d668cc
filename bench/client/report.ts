// Writes the client benchmark's table into docs/performance.md between two markers, leaving the
// rest of the page (server benchmarks, notes) as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { TargetResult } from './measure';

const START = '<!-- bench:client:start -->';
const END = '<!-- bench:client:end -->';

interface Row {
  label: string;
  target: string;
  value: (r: TargetResult) => number;
  /** Lower is better for every figure here; the ratio is baseline ÷ Crux. */
  unit: string;
}

const ROWS: Row[] = [
  { label: 'LCP', target: '≤ 1,000', unit: 'ms', value: (r) => r.lcpMs },
  { label: 'CLS', target: '', unit: '', value: (r) => r.cls },
  { label: 'Frame p50 (pan, zoom, scroll)', target: '', unit: 'ms', value: (r) => r.frameP50Ms },
  {
    label: 'Frame p95 (pan, zoom, scroll)',
    target: '≤ 20',
    unit: 'ms',
    value: (r) => r.frameP95Ms,
  },
  {
    label: 'Frame p95 panning at fit-all',
    target: '≤ 20',
    unit: 'ms',
    value: (r) => r.fitAllFrameP95Ms,
  },
  { label: 'Frames over 25 ms', target: '', unit: 'share', value: (r) => r.framesOver25 },
  { label: 'Interaction p98', target: '≤ 100', unit: 'ms', value: (r) => r.interactionP98Ms },
  { label: 'Interaction max', target: '', unit: 'ms', value: (r) => r.interactionMaxMs },
  {
    label: 'Long animation frames, total',
    target: '',
    unit: 'ms',
    value: (r) => r.longAnimationFrameTotalMs,
  },
  { label: 'DOM elements, max', target: '≤ 1,400', unit: '', value: (r) => r.maxDomElements },
  { label: 'JS heap', target: '', unit: 'MB', value: (r) => r.jsHeapMb },
  { label: 'First-view JS, gzip', target: '≤ 150', unit: 'KB', value: (r) => r.firstViewJsGzipKb },
  { label: 'First-view data (decoded)', target: '', unit: 'KB', value: (r) => r.debatePayloadKb },
  {
    label: 'First-view data (gzip)',
    target: '≤ 1,024',
    unit: 'KB',
    value: (r) => r.debatePayloadGzipKb,
  },
];

function table(claims: number, results: TargetResult[]): string {
  const crux = results.find((r) => r.claims === claims && r.target === 'crux');
  const baseline = results.find((r) => r.claims === claims && r.target === 'baseline');
  const lines = [
    `### ${claims.toLocaleString('en')} claims, ${(claims * 5).toLocaleString('en')} comments`,
    '',
    '| measure | target (10k) | Crux | baseline (React Flow) | baseline ÷ Crux |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of ROWS) {
    const unit = row.unit ? ` ${row.unit}` : '';
    const shown = (r: TargetResult | undefined) =>
      r ? `${row.value(r)}${unit}` : 'did not finish (crashed or over 6 min)';
    const c = crux ? row.value(crux) : Number.NaN;
    const b = baseline ? row.value(baseline) : Number.NaN;
    const ratio = c > 0 && b >= 0 ? `${(b / c).toFixed(1)}×` : '–';
    lines.push(
      `| ${row.label} | ${row.target}${row.target ? unit : ''} | ${shown(crux)} | ${shown(baseline)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

export function writePerformanceTable(path: string, date: string, results: TargetResult[]): void {
  const claimSizes = [...new Set(results.map((r) => r.claims))];
  const section = [
    START,
    `Measured ${date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:client\` (raw figures in \`bench/results/\`).`,
    '',
    ...claimSizes.map((n) => table(n, results)),
    END,
  ].join('\n\n');
  const page = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const at = page.indexOf(START);
  const end = page.indexOf(END);
  const next =
    at >= 0 && end > at
      ? `${page.slice(0, at)}${section}${page.slice(end + END.length)}`
      : `${page.trimEnd()}\n\n## Client (reader's view)\n\n${section}\n`;
  writeFileSync(path, next);
}

// Writes the layout benchmark's table into docs/performance.md between its own markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Timing } from './run';

const START = '<!-- bench:layout:start -->';
const END = '<!-- bench:layout:end -->';

export function writeLayoutTable(path: string, date: string, claims: number, rows: Timing[]) {
  const lines = [
    START,
    '',
    `Measured ${date.slice(0, 16).replace('T', ' ')} UTC by \`npx tsx bench/layout/run.ts\` on a generated debate of ${claims.toLocaleString('en')} claims (Node, the layout worker's V8; each edit is a different claim).`,
    '',
    '| step | median | p95 | branches laid out again |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.label} | ${r.medianMs} ms | ${r.p95Ms} ms | ${r.branches ?? 'all'} |`,
    ),
    '',
    END,
  ];
  const section = lines.join('\n');
  const page = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const at = page.indexOf(START);
  const end = page.indexOf(END);
  const next =
    at >= 0 && end > at
      ? `${page.slice(0, at)}${section}${page.slice(end + END.length)}`
      : `${page.trimEnd()}\n\n## Layout after one edit\n\n${section}\n`;
  writeFileSync(path, next);
}

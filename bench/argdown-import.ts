// npx tsx bench/argdown-import.ts: how @argdown/core's parse time grows with file size, to set
// the Argdown import's size cap (argdown-import.ts MAX_ARGDOWN_BYTES). A generated map of titled
// statements with pro/contra children and argument reconstructions, cut at each size; prints
// ms per size and ms per MB (raw figures to bench/results/argdown-DATE.json) with the load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
import { importDebate } from '../src/domain/formats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES_KB = [128, 256, 512, 1024, 2048];

/** A map shaped like a hand-written one: titled claims two levels deep, now and then an argument. */
function generate(bytes: number): string {
  const lines: string[] = ['# A generated debate', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = [
      `[Claim ${i}]: Cities should do thing number ${i} because it helps residents.`,
      `  + <Reason ${i}>: Thing ${i} cut costs in three other cities last year.`,
      `    - [Doubt ${i}]: The other cities were richer and smaller than ours.`,
      `  - [Risk ${i}]: Thing ${i} needs staff the council does not have.`,
      ...(i % 5 === 0
        ? ['', `<Reason ${i}>`, '', `(1) [Cost ${i}]: Costs fell.`, '----', `(2) [Claim ${i}]`]
        : []),
      '',
    ].join('\n');
    lines.push(block);
    size += block.length + 1;
  }
  return lines
    .join('\n')
    .slice(0, bytes)
    .replace(/\n[^\n]*$/, '\n');
}

function parseOnly(text: string): number {
  const app = new ArgdownApplication({ log: () => {}, setLevel: () => {} });
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const started = performance.now();
  app.run({ input: text, logLevel: 'error', process: ['parse-input', 'build-model'] });
  return performance.now() - started;
}

const results = SIZES_KB.map((kb) => {
  const text = generate(kb * 1024);
  parseOnly(text); // warm-up
  const parse = Math.min(parseOnly(text), parseOnly(text));
  const started = performance.now();
  const outcome = importDebate(text, { format: 'argdown', filename: 'generated.argdown' });
  const whole = performance.now() - started;
  const row = {
    kb,
    parseMs: Math.round(parse),
    parseMsPerMb: Math.round((parse / kb) * 1024),
    importMs: outcome.ok ? Math.round(whole) : null,
    refused: outcome.ok ? null : outcome.error.message,
    load: loadavg()[0] ?? 0,
  };
  console.log(row);
  return row;
});
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const date = new Date().toISOString();
writeFileSync(
  join(ROOT, 'bench', 'results', `argdown-${date.slice(0, 10)}.json`),
  `${JSON.stringify({ date, results }, null, 2)}\n`,
);

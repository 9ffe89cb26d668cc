// npm run export -- DEBATE_ID --format aif|argdown|kialo|crux [--out FILE]
// Writes a debate from the database `npm start` uses to a file (or to standard output). Crux JSON
// carries the debate's event log too, and the rows the debate began with.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import { openStore } from '../server/startup/open-store';
import { readDebateLog } from '../server/store/read-debate-log';
import { EXPORT_FORMATS, exportDebate } from '../src/domain/formats';
import { IdSchema } from '../src/domain/model';

const USAGE = `Usage: npm run export -- DEBATE_ID --format ${EXPORT_FORMATS.join('|')} [--out FILE]`;

const ArgsSchema = z.object({
  id: IdSchema.optional().refine((id) => id !== undefined, {
    error: `DEBATE_ID is missing. ${USAGE}`,
  }),
  format: z.enum(EXPORT_FORMATS, {
    error: `--format must be one of ${EXPORT_FORMATS.join(', ')}. ${USAGE}`,
  }),
  out: z.string().min(1).optional(),
});

class UsageError extends Error {}

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError(`Give one debate id. ${USAGE}`);
  const parsed = ArgsSchema.safeParse({ ...values, id: positionals[0] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${issue?.path[0] === 'id' ? 'DEBATE_ID: ' : ''}${issue?.message ?? 'invalid arguments'}`,
    );
  }
  return { ...parsed.data, id: parsed.data.id as string };
}

async function main(): Promise<void> {
  const args = readArgs();
  const { store } = await openStore(loadConfig(process.env));
  let exported: ReturnType<typeof exportDebate>;
  try {
    const debate = await store.getDebate(args.id);
    if (!debate) {
      const ids = (await store.listDebates()).map((d) => d.id);
      throw new UsageError(
        `There is no debate "${args.id}". Debates: ${ids.join(', ') || 'none'}.`,
      );
    }
    const log = args.format === 'crux' ? await readDebateLog(store, args.id) : undefined;
    exported = exportDebate(debate, args.format, log?.events, log?.base);
  } finally {
    await store.close();
  }
  if (args.out) {
    await writeFile(args.out, exported.text);
    console.error(`Wrote ${args.out} (${(exported.text.length / 1024).toFixed(1)} KB).`);
  } else process.stdout.write(exported.text);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm run export failed: ${message}`);
  if (!(error instanceof UsageError) && error instanceof Error && error.stack)
    console.error(error.stack);
  process.exitCode = 1;
});

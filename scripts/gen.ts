// npm run gen -- --claims 10000 --comments 50000 [--seed N] [--id ID] [--title T]
// Writes a synthetic debate into the database `npm start` uses (DATA_DIR, or DATABASE_URL), the
// same way the server opens it (migrations, the seed on an empty database), then prints its URL.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import { openStore } from '../server/startup/open-store';
import { IdSchema } from '../src/domain/model';
import { parseDebate } from '../src/domain/rules';
import { generateDebate } from './gen/generate-debate';

const count = (name: string, max: number) =>
  z.coerce
    .number({ error: `--${name} must be a whole number` })
    .int({ error: `--${name} must be a whole number` })
    .min(0, { error: `--${name} must be 0 or more` })
    .max(max, { error: `--${name} must be at most ${max}` });

const ArgsSchema = z.object({
  claims: count('claims', 100_000).default(1000),
  comments: count('comments', 500_000).default(5000),
  seed: count('seed', 2 ** 31).default(1),
  id: IdSchema.optional(),
  title: z.string().min(1).max(500).optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string' },
      comments: { type: 'string' },
      seed: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
    },
  });
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    const issue = args.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'arguments'}: ${issue?.message ?? 'invalid'}`);
  }
  const { claims, comments, seed } = args.data;
  const id = args.data.id ?? `gen-${claims}-${comments}-s${seed}`;
  const title =
    args.data.title ?? `Generated debate: ${claims} claims, ${comments} comments (seed ${seed})`;
  const started = performance.now();
  const parsed = parseDebate(generateDebate({ claims, comments, seed, id, title }));
  if (!parsed.ok)
    throw new Error(
      `The generator made an invalid debate: ${parsed.errors.slice(0, 5).join('; ')}`,
    );
  const generated = performance.now();
  const { store } = await openStore(loadConfig(process.env));
  try {
    await store.createDebate(parsed.debate);
  } finally {
    await store.close();
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `Wrote debate "${id}" (${parsed.debate.claims.length} claims, ${parsed.debate.relations.length} relations, ${parsed.debate.comments.length} comments, ${parsed.debate.anchors.length} anchors): generated in ${seconds(generated - started)}, written in ${seconds(performance.now() - generated)}.`,
  );
  console.log(`Open it at /debates/${id}`);
}

main().catch((error: unknown) => {
  console.error(`npm run gen failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

// The server's settings, from the environment, validated once at start-up. A bad value stops
// the server with one line saying which variable is wrong and what it should look like.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface Config {
  host: string;
  /** 0 asks the OS for any free port; the real one is printed once bound. */
  port: number;
  /** Where the embedded PGlite database keeps its files (ignored with databaseUrl). */
  dataDir: string;
  /** A postgres:// URL; when set, PostgreSQL is used instead of the embedded database. */
  databaseUrl: string | undefined;
  /** The built client (index.html and assets); built on first start when missing. */
  distDir: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

// Shells make `PORT=` easy to leave empty; treat that as unset rather than as a bad value.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const PORT_RULE = 'expected a whole number from 0 to 65535 (0 picks any free port)';

const EnvSchema = z.object({
  HOST: optional(z.string().default('127.0.0.1')),
  PORT: optional(
    z.coerce
      .number({ error: PORT_RULE })
      .int({ error: PORT_RULE })
      .min(0, { error: PORT_RULE })
      .max(65535, { error: PORT_RULE })
      .default(3000),
  ),
  DATA_DIR: optional(z.string().default('./data')),
  DATABASE_URL: optional(
    z
      .string()
      .refine(isPostgresUrl, {
        error: 'expected postgres://user:password@host:port/database, or leave it unset',
      })
      .optional(),
  ),
  CRUX_DIST_DIR: optional(z.string().default(DEFAULT_DIST_DIR)),
});

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// A database URL may hold a password, so it is never echoed back.
const SECRET_VARIABLES = new Set(['DATABASE_URL']);

/** Reads the settings from `env`. Throws ConfigError with one line naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const value = env[name];
    const shown = SECRET_VARIABLES.has(name) || value === undefined ? name : `${name}=${value}`;
    throw new ConfigError(`${shown} is not valid: ${issue?.message ?? 'unknown problem'}.`);
  }
  const { HOST, PORT, DATA_DIR, DATABASE_URL, CRUX_DIST_DIR } = parsed.data;
  return {
    host: HOST,
    port: PORT,
    dataDir: DATA_DIR,
    databaseUrl: DATABASE_URL,
    distDir: CRUX_DIST_DIR,
  };
}

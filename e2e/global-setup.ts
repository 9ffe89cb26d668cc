// Builds the client ONCE per e2e run into a fresh folder and points every test server at it
// (CRUX_DIST_DIR, inherited by the test workers and by `npm start`). Without this, each file
// either rebuilt the client (a minute each) or reused whatever an earlier run had left in a
// fixed /tmp folder — possibly yesterday's client. Set CRUX_DIST_DIR yourself to reuse a build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): (() => void) | undefined {
  if (process.env.CRUX_DIST_DIR) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'crux-e2e-dist-'));
  // A production build, as `npm start` serves it: not vitest's NODE_ENV=test.
  const { NODE_ENV: _test, ...env } = process.env;
  const result = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
      '--mode',
      'production',
    ],
    { env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  if (result.status !== 0)
    throw new Error(`Building the client for e2e failed (${result.status}).`);
  process.env.CRUX_DIST_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

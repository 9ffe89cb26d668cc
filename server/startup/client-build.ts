// `npm start` works on a fresh checkout: when the client has not been built, build it once.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StartupError } from './startup-error';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the client into `distDir` with Vite unless its index.html is already there. */
export async function ensureClientBuilt(
  distDir: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const outDir = resolve(distDir);
  if (existsSync(join(outDir, 'index.html'))) return;
  log('Building the client…');
  // Vite is only needed for this one-off build, so it is not loaded on ordinary starts.
  const { build } = await import('vite');
  const insideProject = !relative(PROJECT_ROOT, outDir).startsWith('..');
  // npm start serves readers: always a production build, even when started from a test runner
  // whose NODE_ENV=test would otherwise make Vite bundle development React.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: PROJECT_ROOT,
      mode: 'production',
      logLevel: 'warn',
      // Never empty a folder outside the project that someone pointed CRUX_DIST_DIR at.
      build: { outDir, emptyOutDir: insideProject },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(
      `Building the client failed (${reason}). Run "npm run build" to see the whole error.`,
    );
  }
}

// Shared set-up for end-to-end tests: a real Crux server started with `npm start` on an empty
// data folder and a free port, and Debian's Chromium driven by playwright-core (never a
// downloaded browser).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export interface RunningCrux {
  url: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const URL_LINE = /Crux is running at (http:\/\/\S+)/;

/**
 * Starts `npm start` in its own process group so that stopping it stops tsx and node too. The data
 * folder is removed on stop when the server made it, or when `ownsDataDir` says it is the server's.
 */
export async function startCrux(
  env: Record<string, string> = {},
  { ownsDataDir = !env.DATA_DIR }: { ownsDataDir?: boolean } = {},
): Promise<RunningCrux> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'crux-e2e-'));
  // Not vitest's NODE_ENV=test: with it, Vite would build a development client and every
  // browser figure taken against it would be wrong.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      await stopGroup(child);
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signals the process group; false when none of it is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const { pid } = child;
  if (child.exitCode !== null || pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (!signalGroup(pid, 'SIGTERM')) return;
  // The group may be gone before 'exit' is seen: poll it, and force it after 10 s.
  const gone = new Promise<void>((resolve) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const alive = signalGroup(pid, 0);
      if (alive && Date.now() - started > 10_000) signalGroup(pid, 'SIGKILL');
      if (!alive) {
        clearInterval(poll);
        resolve();
      }
    }, 200);
    void exited.then(() => clearInterval(poll));
  });
  await Promise.race([exited, gone]);
}

/** Chromium flags that keep it quiet on a closed network and working as root. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * For a test file that reads the seed debate: one `npm start` on an empty data folder and one
 * browser, shared by the file's tests and stopped after them. Read them through the returned
 * object once the tests run.
 */
export interface Account {
  name: string;
  role: 'admin' | 'moderator' | 'commenter';
  password: string;
}

/**
 * A seeded `npm start` and a browser for one test file. With `account`, the account is made with
 * `npm run admin` in a fresh data folder before the server opens it (PGlite is one process at a
 * time); the folder goes when the server stops.
 */
export function serveSeededCrux(options: { account?: Account } = {}): {
  readonly crux: RunningCrux;
  readonly browser: Browser;
} {
  let crux: RunningCrux | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const { account } = options;
    if (account) {
      const dataDir = mkdtempSync(join(tmpdir(), 'crux-e2e-'));
      await createAccount(dataDir, account.name, account.role, account.password);
      crux = await startCrux({ DATA_DIR: dataDir }, { ownsDataDir: true });
    } else {
      crux = await startCrux();
    }
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await crux?.stop();
  });
  return {
    get crux() {
      if (!crux) throw new Error('serveSeededCrux: the server is read before beforeAll ran');
      return crux;
    },
    get browser() {
      if (!browser) throw new Error('serveSeededCrux: the browser is read before beforeAll ran');
      return browser;
    },
  };
}

/**
 * `npm run admin -- create-user NAME --role ROLE` with the password on stdin, as the README says.
 * PGlite is one process at a time: call it before a server opens `dataDir`.
 */
export function createAccount(
  dataDir: string,
  name: string,
  role: 'admin' | 'moderator' | 'commenter',
  password: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const { NODE_ENV: _test, ...env } = process.env;
    const child = spawn(
      'npm',
      ['run', '--silent', 'admin', '--', 'create-user', name, '--role', role],
      {
        env: { ...env, DATA_DIR: dataDir },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`create-user exited ${code}: ${output}`)),
    );
    child.stdin?.end(password);
  });
}

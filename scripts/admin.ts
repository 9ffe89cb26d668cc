// `npm run admin -- create-user NAME --role admin|moderator|commenter` (password on stdin).
// See server/admin/admin-cli.ts; this file only wires the process to it.
import { createUserWithRole, parseAdminArgs, passwordFromStdin } from '../server/admin/admin-cli';
import { loadConfig } from '../server/config';
import { scryptPasswords } from '../server/startup/node-deps';
import { openStore } from '../server/startup/open-store';
import { startupFailureLine } from '../server/startup/startup-error';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl+D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const command = parseAdminArgs(process.argv.slice(2));
  if ('error' in command) {
    console.error(command.error);
    return 2;
  }
  const password = passwordFromStdin(await readStdin());
  const { store } = await openStore(loadConfig(process.env));
  try {
    const outcome = await createUserWithRole(store, scryptPasswords, command, password);
    (outcome.ok ? console.log : console.error)(outcome.message);
    return outcome.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(startupFailureLine(error));
    process.exit(1);
  },
);

// `npm run admin -- create-user NAME --role admin|moderator|commenter`: creates an account with
// a role, the way the first admin gets in. The password is read from standard input (never
// argv, which other users of the machine can see in the process list). Parsing and the work
// are here, free of process globals, so a test can run them; scripts/admin.ts is the thin end.

import { CredentialsSchema } from '../../src/domain/commands';
import { type SiteRole, SiteRoleSchema } from '../../src/domain/permissions';
import type { PasswordHasher } from '../api/deps';
import { randomId } from '../auth/tokens';
import type { Store } from '../store/store';

export const ADMIN_USAGE = `Usage: npm run admin -- create-user NAME --role admin|moderator|commenter
  The password is read from standard input, e.g.:
    printf '%s' "$PASSWORD" | npm run admin -- create-user alice --role admin
  Uses DATA_DIR (PGlite) or DATABASE_URL (PostgreSQL), like npm start.`;

export interface CreateUserCommand {
  command: 'create-user';
  name: string;
  role: SiteRole;
}

/** The command line after `--`, or a message saying what is wrong with it. */
export function parseAdminArgs(argv: readonly string[]): CreateUserCommand | { error: string } {
  const [command, name, ...rest] = argv;
  if (command !== 'create-user') {
    return { error: `Unknown command ${JSON.stringify(command ?? '')}.\n${ADMIN_USAGE}` };
  }
  if (!name || name.startsWith('--')) return { error: `create-user needs a NAME.\n${ADMIN_USAGE}` };
  let role: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--role') role = rest[++i];
    else if (arg.startsWith('--role=')) role = arg.slice('--role='.length);
    else return { error: `Unexpected argument ${JSON.stringify(arg)}.\n${ADMIN_USAGE}` };
  }
  const parsed = SiteRoleSchema.safeParse(role);
  if (!parsed.success) {
    return { error: `--role must be admin, moderator or commenter.\n${ADMIN_USAGE}` };
  }
  return { command: 'create-user', name, role: parsed.data };
}

/** The password as typed: one trailing newline (from echo or a terminal) is not part of it. */
export function passwordFromStdin(raw: string): string {
  return raw.replace(/\r?\n$/, '');
}

export type CreateUserOutcome = { ok: true; message: string } | { ok: false; message: string };

export async function createUserWithRole(
  store: Store,
  passwords: Pick<PasswordHasher, 'hash'>,
  command: CreateUserCommand,
  password: string,
): Promise<CreateUserOutcome> {
  const credentials = CredentialsSchema.safeParse({ username: command.name, password });
  if (!credentials.success) {
    const issue = credentials.error.issues[0];
    const field = issue?.path[0] === 'password' ? 'password (from standard input)' : 'NAME';
    return { ok: false, message: `The ${field} is not valid: ${issue?.message ?? 'invalid'}.` };
  }
  const user = { id: randomId('u-'), name: credentials.data.username };
  const created = await store.createUser({
    user,
    passwordHash: await passwords.hash(credentials.data.password),
  });
  if (created.kind === 'taken') {
    return { ok: false, message: `The username "${user.name}" is taken. Choose another one.` };
  }
  const changed = await store.setSiteRole(user.id, command.role);
  if (changed.kind !== 'ok') throw new Error(`The new account ${user.id} vanished.`);
  return { ok: true, message: `Created ${command.role} "${user.name}" (${user.id}).` };
}

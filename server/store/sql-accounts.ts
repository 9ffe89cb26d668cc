// Accounts and sessions in SQL (migration 003), and their roles (migration 004).
import { z } from 'zod';
import { UserSchema } from '../../src/domain/commands';
import { RolesSchema, SiteRoleSchema } from '../../src/domain/permissions';
import type { SqlClient } from '../db/sql-client';
import { createSqlRoles, ROLES_COLUMNS } from './sql-roles';
import type { AccountMethods, ActiveSession, StoredUser } from './store';

const StoredUserRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  passwordHash: z.string(),
});
const SessionRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  csrfToken: z.string(),
  expiresAt: z.date(),
  role: SiteRoleSchema,
  debates: z.array(z.string()),
});

export function createSqlAccounts(sql: SqlClient): AccountMethods {
  return {
    ...createSqlRoles(sql),
    async createUser(input) {
      // ON CONFLICT rather than a prior SELECT: two sign-ups racing for one name cannot both win.
      // Without a target it covers the lower(name) index and the id key alike.
      const rows = await sql.query(
        `insert into users (id, name, password_hash) values ($1, $2, $3)
         on conflict do nothing returning id`,
        [input.user.id, input.user.name, input.passwordHash],
      );
      return rows.length > 0 ? { kind: 'created' } : { kind: 'taken' };
    },
    async findUserByName(name): Promise<StoredUser | null> {
      const [row] = await sql.query(
        `select id, name, password_hash as "passwordHash" from users where lower(name) = lower($1)`,
        [name],
      );
      if (!row) return null;
      const { id, passwordHash, ...rest } = StoredUserRowSchema.parse(row);
      return { user: UserSchema.parse({ id, name: rest.name }), passwordHash };
    },
    async createSession(session) {
      await sql.query(
        `insert into sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, $4)`,
        [session.tokenHash, session.userId, session.csrfToken, session.expiresAt.toISOString()],
      );
    },
    async getSession(tokenHash, now): Promise<ActiveSession | null> {
      const [row] = await sql.query(
        `select u.id, u.name, s.csrf_token as "csrfToken", s.expires_at as "expiresAt",
           ${ROLES_COLUMNS}
         from sessions s join users u on u.id = s.user_id
         where s.token_hash = $1 and s.expires_at > $2`,
        [tokenHash, now.toISOString()],
      );
      if (!row) return null;
      const { id, name, csrfToken, expiresAt, role, debates } = SessionRowSchema.parse(row);
      const roles = RolesSchema.parse({ site: role, debates });
      return { user: UserSchema.parse({ id, name }), roles, csrfToken, expiresAt };
    },
    async deleteSession(tokenHash) {
      await sql.query('delete from sessions where token_hash = $1', [tokenHash]);
    },
  };
}

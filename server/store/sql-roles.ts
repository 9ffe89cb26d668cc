// Roles in SQL (migration 004): users.role and debate_moderators.
import { z } from 'zod';
import { UserSchema } from '../../src/domain/commands';
import type { Id } from '../../src/domain/model';
import { type Roles, RolesSchema, SiteRoleSchema } from '../../src/domain/permissions';
import type { SqlClient } from '../db/sql-client';
import type { RoleChange, RoleMethods } from './roles';

/** `role` and `debates` (sorted as JavaScript sorts) of the user aliased `u`. */
export const ROLES_COLUMNS = `u.role,
  coalesce((select array_agg(m.debate_id order by m.debate_id collate "C")
    from debate_moderators m where m.user_id = u.id), '{}') as debates`;

const RoleRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: SiteRoleSchema,
  debates: z.array(z.string()),
});

async function readRoles(sql: SqlClient, userId: Id): Promise<Roles | null> {
  const [row] = await sql.query(
    `select u.id, u.name, ${ROLES_COLUMNS} from users u where u.id = $1`,
    [userId],
  );
  if (!row) return null;
  const { role, debates } = RoleRowSchema.parse(row);
  return RolesSchema.parse({ site: role, debates });
}

async function changed(sql: SqlClient, userId: Id): Promise<RoleChange> {
  const roles = await readRoles(sql, userId);
  return roles ? { kind: 'ok', roles } : { kind: 'no-user' };
}

export function createSqlRoles(sql: SqlClient): RoleMethods {
  return {
    getRoles: (userId) => readRoles(sql, userId),
    async setSiteRole(userId, role) {
      const rows = await sql.query('update users set role = $2 where id = $1 returning id', [
        userId,
        role,
      ]);
      return rows.length === 0 ? { kind: 'no-user' } : changed(sql, userId);
    },
    async setDebateModerator(userId, debateId, moderator) {
      const [user] = await sql.query('select 1 from users where id = $1', [userId]);
      if (!user) return { kind: 'no-user' };
      const [debate] = await sql.query('select 1 from debates where id = $1', [debateId]);
      if (!debate) return { kind: 'no-debate' };
      await sql.query(
        moderator
          ? `insert into debate_moderators (user_id, debate_id) values ($1, $2)
             on conflict do nothing`
          : 'delete from debate_moderators where user_id = $1 and debate_id = $2',
        [userId, debateId],
      );
      return changed(sql, userId);
    },
    async listUsers() {
      const rows = await sql.query(
        `select u.id, u.name, ${ROLES_COLUMNS} from users u order by lower(u.name) collate "C"`,
      );
      return z
        .array(RoleRowSchema)
        .parse(rows)
        .map(({ id, name, role, debates }) => ({
          user: UserSchema.parse({ id, name }),
          roles: RolesSchema.parse({ site: role, debates }),
        }));
    },
  };
}

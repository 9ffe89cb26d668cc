// Roles in the Store port (issue 5): every account has a site role, and may moderate single
// debates. The session lookup returns them with the user, so each request knows its actor.
import type { User } from '../../src/domain/commands';
import type { Id } from '../../src/domain/model';
import type { Roles, SiteRole } from '../../src/domain/permissions';

export interface UserWithRoles {
  user: User;
  roles: Roles;
}

export type RoleChange =
  | { kind: 'ok'; roles: Roles }
  | { kind: 'no-user' }
  /** Granting moderation of a debate that does not exist. */
  | { kind: 'no-debate' };

export interface RoleMethods {
  /** The account's roles; null when there is no such account. */
  getRoles(userId: Id): Promise<Roles | null>;
  setSiteRole(userId: Id, role: SiteRole): Promise<RoleChange>;
  /** Grants (`moderator` true) or revokes moderation of one debate; idempotent. */
  setDebateModerator(userId: Id, debateId: Id, moderator: boolean): Promise<RoleChange>;
  /** Every account with its roles, by name (case-insensitive). */
  listUsers(): Promise<UserWithRoles[]>;
}

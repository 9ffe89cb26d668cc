// Who may do what, as ONE table of data. The server asks `can` before every write and every
// moderator-only read (401 for a reader who must sign in, 403 with the reason for everyone
// else); the client asks the same function, or reads `permissionsFor` from the API, to disable a
// button and show the same reason as its tooltip. A new action is a new row here: the API's
// authorization matrix test fails until the row has an endpoint and an expected outcome.
import { z } from 'zod';
import type { User } from './commands';
import { type Id, IdSchema } from './model';

export const SITE_ROLES = ['commenter', 'moderator', 'admin'] as const;
/** A signed-in account's site-wide role. A reader (no account) has none. */
export const SiteRoleSchema = z.enum(SITE_ROLES);
export type SiteRole = z.infer<typeof SiteRoleSchema>;

/** What an account may do beyond commenting: its site role and the debates it moderates. */
export const RolesSchema = z.object({
  site: SiteRoleSchema,
  /** Debates this account moderates on top of its site role (sorted, no repeats). */
  debates: z.array(IdSchema),
});
export type Roles = z.infer<typeof RolesSchema>;

/** A commenter's roles: what every new account starts with. */
export const COMMENTER: Roles = { site: 'commenter', debates: [] };

/** Who is asking: null is a reader without an account. */
export type Actor = { user: User; roles: Roles } | null;

/** What a rule may ask about the thing acted on. */
export interface PermissionContext {
  /** The debate acted in; moderators of one debate are moderators only there. */
  debateId?: Id;
  /** The account that wrote the comment acted on; null or absent when nobody (seed, import). */
  ownerId?: Id | null;
}

/** One reason something is refused, in words; null when the rule allows it. */
export type Rule = (actor: Actor, context: PermissionContext) => string | null;

export interface Permission {
  /** Who may, in words (shown in docs and admin screens). */
  who: string;
  rule: Rule;
}

export type Allowed = { ok: true } | { ok: false; reason: string; status: 401 | 403 };

/** True when `actor` moderates `debateId`: a site moderator, an admin, or its own moderator. */
export function moderates(actor: Actor, debateId: Id | undefined): boolean {
  if (actor === null) return false;
  const { site, debates } = actor.roles;
  if (site === 'moderator' || site === 'admin') return true;
  return debateId !== undefined && debates.includes(debateId);
}

const signedIn =
  (what: string): Rule =>
  (actor) =>
    actor === null ? `Sign in to ${what}.` : null;

const owner =
  (verb: string): Rule =>
  (actor, context) => {
    if (actor === null) return `Sign in to ${verb} your comment.`;
    return context.ownerId === actor.user.id
      ? null
      : `You can only ${verb} your own comments; this one is not yours.`;
  };

const moderator =
  (what: string): Rule =>
  (actor, context) => {
    if (actor === null) return `Sign in as a moderator to ${what}.`;
    return moderates(actor, context.debateId)
      ? null
      : `Only a moderator of this debate can ${what}; your account is not one.`;
  };

/** Site-wide moderators and admins: for acts that belong to no one debate (importing one). */
const siteModerator =
  (what: string): Rule =>
  (actor) => {
    if (actor === null) return `Sign in as a moderator to ${what}.`;
    const { site } = actor.roles;
    return site === 'moderator' || site === 'admin'
      ? null
      : `Only a site moderator or an admin can ${what}; your account is not one.`;
  };

const admin =
  (what: string): Rule =>
  (actor) => {
    if (actor === null) return `Sign in as an admin to ${what}.`;
    return actor.roles.site === 'admin' ? null : `Only an admin can ${what}.`;
  };

/**
 * The table. Keys are stable: the client, the API and the tests name actions by them.
 * Admins are moderators everywhere; moderators of one debate are moderators there only.
 */
export const PERMISSIONS = {
  // The Commenter issue -------------------------------------------------------------------
  'comment.add': { who: 'anyone signed in', rule: signedIn('reply') },
  'comment.edit': { who: "the comment's author", rule: owner('edit') },
  'comment.delete': { who: "the comment's author", rule: owner('delete') },
  /** Applied in one's own comment, else queued as a suggestion (write-mark.ts decides which). */
  'claim.mark': { who: 'anyone signed in', rule: signedIn('mark a claim') },
  'suggestion.list-own': {
    who: 'anyone signed in',
    rule: signedIn('see the claims you suggested'),
  },
  // Moderation ---------------------------------------------------------------------------
  'claim.edit': { who: 'moderators of the debate', rule: moderator("edit a claim's wording") },
  'relation.edit': { who: 'moderators of the debate', rule: moderator('change a relation') },
  'comment.hide': { who: 'moderators of the debate', rule: moderator('hide or unhide a comment') },
  'claim.hide': { who: 'moderators of the debate', rule: moderator('hide or unhide a claim') },
  'suggestion.review': {
    who: 'moderators of the debate',
    rule: moderator('accept or decline suggested claims'),
  },
  'suggestion.list-all': {
    who: 'moderators of the debate',
    rule: moderator('see the queue of suggested claims'),
  },
  'claims.merge': { who: 'moderators of the debate', rule: moderator('merge or unmerge claims') },
  'moderation.log': { who: 'moderators of the debate', rule: moderator('read the moderation log') },
  'moderation.undo': { who: 'moderators of the debate', rule: moderator('undo a moderation') },
  /** Reading hidden comments' words and hidden claims (marked as hidden). */
  'hidden.view': {
    who: 'moderators of the debate',
    rule: moderator('see hidden comments and claims'),
  },
  // Interop (issue 6) ---------------------------------------------------------------------
  /** A new debate from a file: it belongs to no debate yet, so only site-wide roles qualify. */
  'debate.import': { who: 'site moderators and admins', rule: siteModerator('import a debate') },
  // Administration -----------------------------------------------------------------------
  'roles.manage': { who: 'admins', rule: admin('grant or revoke roles') },
  'users.list': { who: 'admins', rule: admin('list accounts and their roles') },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];
export const ActionSchema = z.enum(ACTIONS as [Action, ...Action[]]);

/** Whether `actor` may do `action` here, with the reason and the HTTP status when not. */
export function can(actor: Actor, action: Action, context: PermissionContext = {}): Allowed {
  const reason = PERMISSIONS[action].rule(actor, context);
  if (reason === null) return { ok: true };
  return { ok: false, reason, status: actor === null ? 401 : 403 };
}

export const AllowedSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    reason: z.string(),
    status: z.union([z.literal(401), z.literal(403)]),
  }),
]);

/**
 * Every action's answer for `actor` in one debate (what a page needs to draw its buttons).
 * Owner-only actions are answered for a comment of someone else's; the client asks `can` with
 * the comment's owner for its own comments.
 */
export function permissionsFor(actor: Actor, debateId: Id): Record<Action, Allowed> {
  const out = {} as Record<Action, Allowed>;
  for (const action of ACTIONS) out[action] = can(actor, action, { debateId, ownerId: null });
  return out;
}

/** Roles normalised: debates sorted without repeats, so stored and compared roles agree. */
export function normaliseRoles(roles: Roles): Roles {
  return { site: roles.site, debates: [...new Set(roles.debates)].sort() };
}

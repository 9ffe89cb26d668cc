// What may link to what, as data: a table of rules, each naming one reason a link is refused.
// The server answers 422 with the reason; the client disables the button with the same reason as
// its tooltip; validateDebate applies the same table to stored data (Debate Map's
// NodeLinkValidity is the model).
import { commentPlainText } from './comment-text';
import type { ClaimGraph } from './graph';
import { aliasProblems } from './merge/alias-rules';
import type { Debate, Id, Relation, RelationKind } from './model';
import { DebateSchema } from './model';
import { postText } from './text';

export type Check = { ok: true } | { ok: false; reason: string };

export interface Link {
  from: Id;
  to: Id;
  kind: RelationKind;
}

/** What a rule may ask about the graph the link would join. */
export interface LinkContext {
  hasClaim(id: Id): boolean;
  /** The relation already going from `from` to `to`, if any (either kind). */
  existing(from: Id, to: Id): Relation | undefined;
}

export interface LinkRule {
  name: string;
  /** A reason in words a user can act on, or null when the rule allows the link. */
  refuse(link: Link, context: LinkContext): string | null;
}

/**
 * The rules, in the order their reasons are shown. The reverse direction (B supports A when A
 * attacks B) is allowed: it is a real dialectical move, and build-map tolerates the cycle.
 */
export const LINK_RULES: readonly LinkRule[] = [
  {
    name: 'from-exists',
    refuse: (link, c) => (c.hasClaim(link.from) ? null : `Claim "${link.from}" does not exist.`),
  },
  {
    name: 'to-exists',
    refuse: (link, c) => (c.hasClaim(link.to) ? null : `Claim "${link.to}" does not exist.`),
  },
  {
    name: 'not-self',
    refuse: (link) => (link.from === link.to ? 'A claim cannot support or attack itself.' : null),
  },
  {
    name: 'not-duplicate',
    refuse: (link, c) => {
      const found = c.existing(link.from, link.to);
      return found
        ? `Claim "${link.from}" already ${found.kind} claim "${link.to}" (relation "${found.id}"); edit or remove that relation instead.`
        : null;
    },
  },
];

function graphContext(graph: ClaimGraph): LinkContext {
  return {
    hasClaim: (id) => graph.claims.has(id),
    // A claim's outgoing list is its few parents, so this scan is short.
    existing: (from, to) => graph.outgoing.get(from)?.find((r) => r.to === to),
  };
}

/** Whether `link` may be added to the graph, with the first reason it may not. */
export function canRelate(graph: ClaimGraph, link: Link): Check {
  return checkLink(link, graphContext(graph));
}

/**
 * The rules against any view of the graph: a store checks a new relation against the few
 * claims and relations it loaded, without building the whole graph.
 */
export function checkLink(link: Link, context: LinkContext): Check {
  for (const rule of LINK_RULES) {
    const reason = rule.refuse(link, context);
    if (reason !== null) return { ok: false, reason };
  }
  return { ok: true };
}

function duplicateIds(kind: string, items: readonly { id: Id }[]): string[] {
  const seen = new Set<Id>();
  const reported = new Set<Id>();
  const problems: string[] = [];
  for (const { id } of items) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      problems.push(`Duplicate ${kind} id "${id}".`);
    }
    seen.add(id);
  }
  return problems;
}

/** Each stored relation against the rules, as if added in order to the relations before it. */
function relationProblems(debate: Debate): string[] {
  const claimIds = new Set(debate.claims.map((c) => c.id));
  const byPair = new Map<string, Relation>();
  // JSON keeps the pair key unambiguous whatever characters ids hold.
  const pairKey = (from: Id, to: Id) => JSON.stringify([from, to]);
  const context: LinkContext = {
    hasClaim: (id) => claimIds.has(id),
    existing: (from, to) => byPair.get(pairKey(from, to)),
  };
  const problems: string[] = [];
  for (const relation of debate.relations) {
    for (const rule of LINK_RULES) {
      const reason = rule.refuse(relation, context);
      if (reason !== null) problems.push(`Relation "${relation.id}": ${reason}`);
    }
    const key = pairKey(relation.from, relation.to);
    if (!byPair.has(key)) byPair.set(key, relation);
  }
  return problems;
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function anchorProblems(debate: Debate): string[] {
  const claimIds = new Set(debate.claims.map((c) => c.id));
  const bodies = new Map<Id, string>();
  for (const comment of debate.comments) {
    if (!bodies.has(comment.id)) bodies.set(comment.id, comment.body);
  }
  // Anchors count in a body's plain text (decision 0004), computed once per body that has one.
  const plain = new Map<Id, string>();
  const commentText = (id: Id): string | undefined => {
    const body = bodies.get(id);
    if (body === undefined) return undefined;
    let text = plain.get(id);
    if (text === undefined) {
      text = commentPlainText(body);
      plain.set(id, text);
    }
    return text;
  };
  const post = postText(debate.post);
  const problems: string[] = [];
  for (const anchor of debate.anchors) {
    const label = `Anchor "${anchor.id}"`;
    if (!claimIds.has(anchor.claimId)) {
      problems.push(`${label} belongs to missing claim "${anchor.claimId}".`);
    }
    const { source, quote, position } = anchor;
    const text = source.kind === 'post' ? post : commentText(source.commentId);
    const where = source.kind === 'post' ? 'the post' : `comment "${source.commentId}"`;
    if (text === undefined) {
      problems.push(`${label} is in missing ${where}.`);
      continue;
    }
    // An orphan's words were edited away: its position records where they were.
    if (anchor.orphaned) continue;
    const found = text.slice(position.start, position.end);
    if (found !== quote.exact) {
      problems.push(
        `${label}: quote ${JSON.stringify(shorten(quote.exact))} is not at ${position.start}–${position.end} in ${where} (found ${JSON.stringify(shorten(found))}).`,
      );
    }
  }
  return problems;
}

/**
 * Every broken invariant of a schema-valid debate, as readable messages naming the offending ids.
 * Empty means consistent. A comment whose parent is missing is not a problem: threads show it
 * at the top level.
 */
export function validateDebate(debate: Debate): string[] {
  const selfReplies = debate.comments
    .filter((c) => c.parentId === c.id)
    .map((c) => `Comment "${c.id}" replies to itself.`);
  return [
    ...duplicateIds('claim', debate.claims),
    ...duplicateIds('comment', debate.comments),
    ...duplicateIds('relation', debate.relations),
    ...duplicateIds('anchor', debate.anchors),
    ...aliasProblems(debate.claims),
    ...selfReplies,
    ...relationProblems(debate),
    ...anchorProblems(debate),
  ];
}

/** Parses untrusted input (an import, a request body) into a consistent Debate, or says why not. */
export function parseDebate(
  input: unknown,
): { ok: true; debate: Debate } | { ok: false; errors: string[] } {
  const parsed = DebateSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return `${path || '(root)'}: ${issue.message}`;
    });
    return { ok: false, errors };
  }
  const errors = validateDebate(parsed.data);
  return errors.length === 0 ? { ok: true, debate: parsed.data } : { ok: false, errors };
}

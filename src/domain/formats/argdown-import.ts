// Argdown → a Crux debate, parsed by @argdown/core (never by us). Each equivalence class (every
// statement with one title) is one claim, however many places it appears: that is how Argdown
// says "the same claim under several parents". Each argument is a claim too (its description);
// its premises support it and it supports its conclusion. Relations: support and entails →
// supports; attack, contrary and undercut → attacks; contradictory → attacks both ways.
import {
  ArgdownApplication,
  DataPlugin,
  IArgument,
  IEquivalenceClass,
  type IRelation,
  type IStatement,
  ModelPlugin,
  ParserPlugin,
  type RelationMember,
} from '@argdown/core';
import type { Id, RelationKind } from '../model';
import { titleFromFilename } from './aif-import';
import { argdownCost } from './argdown-guard';
import { DebateBuilder } from './debate-builder';
import { ImportError, lineOf } from './errors';
import { debateId, makePost } from './post';
import { isoTimestamp } from './time';
import type { ImportContext, ImportedDebate } from './types';
import { plural } from './warnings';

/**
 * @argdown/core parses in linear time (argdown-guard.ts bounds its lexer's rescans) but slowly,
 * on the server's one thread, which answers no one else meanwhile: a whole import takes ~0.6 s
 * per MB on a quiet 2-core machine, ~3 s per MB on a busy one (bench/argdown-import.ts,
 * 2026-11-28). 2 MB blocks about as long as the largest AIF import (20 MB at ~75 ms per MB).
 */
export const MAX_ARGDOWN_BYTES = 2 * 1024 * 1024;
/** Weighted characters the lexer's failed tries may scan (~1 s); see argdown-guard.ts. */
const PARSE_BUDGET = 250_000_000;

const silent = { log: () => {}, setLevel: () => {} };

function checkCost(text: string): void {
  if (text.length > MAX_ARGDOWN_BYTES) {
    throw ImportError.general(
      'argdown',
      `The file is ${(text.length / 1024).toFixed(0)} KB; Argdown imports are limited to ${MAX_ARGDOWN_BYTES / 1024} KB, because the Argdown parser takes up to a few seconds per MB and the server can answer no one else while it runs. Split the map into files under ${MAX_ARGDOWN_BYTES / 1024} KB and import each.`,
    );
  }
  const { cost, worst } = argdownCost(text);
  if (cost > PARSE_BUDGET && worst) {
    throw ImportError.atLine(
      'argdown',
      lineOf(text, worst.offset),
      `"${worst.trigger}" to be closed nearby (the parser rescans the rest of the text for every unclosed bracket or comment, which would take too long)`,
      `one left open for ${worst.distance} characters`,
    );
  }
}

function parse(text: string) {
  const app = new ArgdownApplication(silent);
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const request = {
    input: text,
    logLevel: 'error',
    logExceptions: false,
    model: { removeTagsFromText: true },
  };
  const parsed = app.run({ ...request, process: ['parse-input'] });
  const lexing = parsed.lexerErrors?.[0];
  if (lexing) throw ImportError.atLine('argdown', lexing.line ?? 1, 'Argdown', lexing.message);
  const parsing = parsed.parserErrors?.[0];
  if (parsing) {
    const line = parsing.token.startLine ?? Number.NaN;
    const { expected, found } = describeParserError(parsing.message);
    throw ImportError.atLine(
      'argdown',
      Number.isFinite(line) ? line : lineOf(text, text.length),
      expected,
      found,
    );
  }
  const failure = parsed.exceptions?.[0];
  if (failure)
    throw ImportError.general('argdown', `The Argdown parser failed: ${failure.message}`);
  return app.run({ ...request, process: ['build-model'] }, parsed);
}

/** Chevrotain's "Expecting token of type --> EOF <-- but found --> '[B]' <--" in plainer words. */
function describeParserError(message: string): { expected: string; found: string } {
  const flat = message
    .replace(/-->|<--/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^Expecting (?:token of type )?(.*?) but found (.*)$/.exec(flat);
  if (!match) return { expected: 'Argdown', found: flat };
  const expected = (match[1] ?? '')
    .replace(/\bEOF\b/, 'the end of the line')
    .replace(/^--$/, 'text');
  const found = (match[2] ?? '').trim();
  const hint = /^'\s*[[<]/.test(found)
    ? " (a bracket in a statement's text is written \\[ or \\<)"
    : '';
  const what = found === '' || found === "''" ? 'the end of the file' : found;
  return { expected, found: `${what}${hint}` };
}

const KIND: Readonly<Record<string, RelationKind>> = {
  support: 'supports',
  entails: 'supports',
  attack: 'attacks',
  contrary: 'attacks',
  undercut: 'attacks',
  contradictory: 'attacks',
};

function memberKey(member: RelationMember | undefined): string | null {
  if (!member?.title) return null;
  if (member.type === 'equivalence-class') return `s:${member.title}`;
  if (member.type === 'argument') return `a:${member.title}`;
  return null;
}

function frontString(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
}

export function importArgdown(text: string, context: ImportContext): ImportedDebate {
  checkCost(text);
  const response = parse(text);
  const builder = new DebateBuilder('argdown');
  const claims = new Map<string, Id>();
  for (const [title, ec] of Object.entries(response.statements ?? {})) {
    const id = addClaim(
      builder,
      title,
      ec.members,
      IEquivalenceClass.getCanonicalMember(ec),
      `[${title}]`,
    );
    if (id) claims.set(`s:${title}`, id);
  }
  for (const [title, argument] of Object.entries(response.arguments ?? {})) {
    const id = addClaim(
      builder,
      title,
      argument.members,
      IArgument.getCanonicalMember(argument),
      `<${title}>`,
    );
    if (id) claims.set(`a:${title}`, id);
  }
  addRelations(response.relations ?? [], claims, builder);
  addArguments(response.arguments ?? {}, claims, builder);
  const data = (response as { frontMatter?: unknown }).frontMatter;
  const front = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const stored = front.post;
  const paragraphs = Array.isArray(stored)
    ? stored.filter((p): p is string => typeof p === 'string')
    : [];
  const post = makePost({
    title: frontString(front, 'title'),
    fallbackTitle: titleFromFilename(context.filename) ?? 'Argdown map',
    author: frontString(front, 'author'),
    publishedAt: isoTimestamp(frontString(front, 'date'), false),
    sourceUrl: frontString(front, 'url'),
    paragraphs,
    fallbackParagraph: `Imported from Argdown: ${plural(builder.claimCount, 'statement or argument', 'statements and arguments')}.`,
  });
  const debate = builder.build(debateId('argdown', context.id, post.title), post);
  return { debate, events: [], warnings: builder.warnings.list() };
}

/**
 * One claim per equivalence class (or argument): the canonical member's words (Argdown's: the
 * last definition, or the one marked {isCanonical: true}), the other members' words as its
 * phrasings, and `hidden` and `aliases` from the canonical member's data, as Crux writes them.
 */
function addClaim(
  builder: DebateBuilder,
  title: string,
  members: readonly IStatement[],
  canonical: IStatement | undefined,
  label: string,
): Id | null {
  const data: unknown = canonical?.data;
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const aliases = Array.isArray(record.aliases)
    ? record.aliases.filter((a): a is string => typeof a === 'string')
    : undefined;
  const id = builder.claim(title, canonical?.text || title, label, {
    hidden: record.hidden === true,
    ...(aliases ? { aliases } : {}),
  });
  if (id === null) return null;
  for (const member of members) {
    if (!member.isReference && member.text && member !== canonical)
      builder.phrasing(id, member.text);
  }
  return id;
}

function addRelations(
  relations: readonly IRelation[],
  claims: ReadonlyMap<string, Id>,
  builder: DebateBuilder,
): void {
  for (const relation of relations) {
    const from = claims.get(memberKey(relation.from) ?? '');
    const to = claims.get(memberKey(relation.to) ?? '');
    const kind = KIND[relation.relationType];
    if (from === undefined || to === undefined || kind === undefined) {
      builder.warnings.note(
        'argdown-relation',
        (n) =>
          `${plural(n, 'relation')} to an inference (an undercut of an inference step) left out`,
        `${relation.from?.title ?? '?'} → ${relation.to?.title ?? '?'}`,
      );
      continue;
    }
    if (relation.relationType === 'undercut' || relation.relationType === 'contrary') {
      builder.warnings.note(
        `argdown-${relation.relationType}`,
        (n) => `${plural(n, `${relation.relationType} relation`)} read as attacks`,
      );
    }
    builder.relation(from, to, kind);
    if (relation.relationType === 'contradictory') builder.relation(to, from, kind);
  }
}

/** A reconstructed argument: its premises support it, and it supports its main conclusion. */
function addArguments(
  args: Record<string, IArgument>,
  claims: ReadonlyMap<string, Id>,
  builder: DebateBuilder,
): void {
  for (const [title, argument] of Object.entries(args)) {
    const self = claims.get(`a:${title}`);
    if (self === undefined) continue;
    const last = argument.pcs[argument.pcs.length - 1];
    for (const statement of argument.pcs) {
      const claim = claims.get(`s:${statement.title ?? ''}`);
      if (claim === undefined) continue;
      if (statement === last && statement.role === 'main-conclusion')
        builder.relation(self, claim, 'supports');
      else builder.relation(claim, self, 'supports');
    }
    if (argument.pcs.length > 0) {
      builder.warnings.note(
        'pcs',
        (n) =>
          `${plural(n, 'premise-conclusion structure')} written as relations: premises support the argument, the argument supports its conclusion`,
        `<${title}>`,
      );
    }
  }
}

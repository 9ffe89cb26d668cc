import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { applyEvent, type DebateEvent, EMPTY_UPSERT, type EventUpsert } from '../events';
import type { Comment, Debate, Id } from '../model';
import { importCruxJson } from './crux-json';
import { checkDebateLog, logOf } from './debate-log';
import {
  accountIdsOf,
  DETACHED_PREFIX,
  detachedId,
  detachedWarning,
  detachLocalAccounts,
  isDetachedId,
} from './detach-accounts';
import type { ImportedDebate } from './types';

type Author = (commentId: Id) => Id | undefined;

/** The fixture's file with each comment written by `authorOf` and each event done by `actorOf`. */
function authored(author: Author, actorOf: (seq: number) => Id | null): ImportedDebate {
  const imported = importCruxJson(fixture('small-debate-with-events.crux.json').text, {});
  const comment = (c: Comment): Comment => {
    const id = author(c.id);
    const { authorId: _, ...rest } = c;
    return id === undefined ? rest : { ...rest, authorId: id };
  };
  const upsert = (u: EventUpsert): EventUpsert => ({ ...u, comments: u.comments.map(comment) });
  const event = (e: DebateEvent): DebateEvent => ({
    ...e,
    actorId: actorOf(e.seq),
    upsert: upsert(e.upsert),
    ...(e.before ? { before: upsert(e.before) } : {}),
  });
  return {
    ...imported,
    debate: { ...imported.debate, comments: imported.debate.comments.map(comment) },
    events: imported.events.map(event),
    ...(imported.base ? { base: upsert(imported.base) } : {}),
  };
}

/** Replays the log from its base: what the store would rebuild. */
function replay(imported: ImportedDebate): Debate {
  const base = imported.base ?? EMPTY_UPSERT;
  const start: Debate = { ...imported.debate, ...base };
  return imported.events.reduce(applyEvent, start);
}

/** Every account id in the file, with where it was seen. */
function idsSeen(imported: ImportedDebate): string[] {
  return [...JSON.stringify(imported).matchAll(/"(authorId|actorId)":"([^"]+)"/g)].map(
    (m) => m[2] ?? '',
  );
}

describe('detachLocalAccounts', () => {
  const everyComment = () => 'u-local';
  const file = authored(everyComment, (seq) => (seq === 3 ? 'mod-1' : 'u-local'));

  it('rewrites a local account id everywhere it appears, and the log still replays', () => {
    const local = new Set(['u-local']);
    const out = detachLocalAccounts(file, (id) => local.has(id));
    expect(idsSeen(out)).not.toContain('u-local');
    expect(new Set(idsSeen(out))).toEqual(new Set(['imported-u-local', 'mod-1']));
    expect(out.events.map((e) => e.actorId)).toEqual([
      'imported-u-local',
      'imported-u-local',
      'mod-1',
    ]);
    expect(out.debate.comments.map((c) => c.author)).toEqual(
      file.debate.comments.map((c) => c.author),
    );
    expect(checkDebateLog(out.debate, logOf(out) ?? { base: EMPTY_UPSERT, events: [] })).toEqual({
      ok: true,
    });
    expect(replay(out)).toEqual(out.debate);
    expect(out.warnings.at(-1)).toBe(
      '3 comments and 3 events named accounts of this site; they are kept by name only, without their rights here.',
    );
    expect(out.warnings.at(-1)).toBe(detachedWarning(3, 3));
  });

  it('keeps ids that name no account here, and returns the same import when none does', () => {
    expect(detachLocalAccounts(file, () => false)).toBe(file);
    const onlyMod = detachLocalAccounts(file, (id) => id === 'mod-1');
    expect(onlyMod.events.map((e) => e.actorId)).toEqual(['u-local', 'u-local', 'imported-mod-1']);
    expect(onlyMod.debate.comments.every((c) => c.authorId === 'u-local')).toBe(true);
    expect(onlyMod.warnings.at(-1)).toBe(detachedWarning(0, 1));
  });

  it('lists every account id the file names', () => {
    expect(accountIdsOf(file)).toEqual(new Set(['u-local', 'mod-1']));
    expect(
      accountIdsOf(
        authored(
          () => undefined,
          () => null,
        ),
      ),
    ).toEqual(new Set());
  });

  it('gives ids no account can have, within the id rules, distinct for distinct ids', () => {
    const long = `u${'x'.repeat(63)}`;
    const other = `u${'x'.repeat(62)}y`;
    for (const id of ['u-abc', long, other]) {
      expect(detachedId(id)).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      expect(isDetachedId(detachedId(id))).toBe(true);
    }
    expect(detachedId(long)).not.toBe(detachedId(other));
    // Accounts are made as randomId('u-'): never with the detached prefix.
    expect('u-'.startsWith(DETACHED_PREFIX)).toBe(false);
  });

  it('property: the detached file replays to the detached debate and names no local account', () => {
    const pool = ['u-ann', 'u-bob', 'foreign-1', 'mod-1'];
    const idOrNone = fc.option(fc.constantFrom(...pool), { nil: undefined });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('c1', 'c2', 'c3'), idOrNone),
        fc.array(fc.option(fc.constantFrom(...pool), { nil: null }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.subarray(pool),
        (authors, actors, localIds) => {
          const input = authored(
            (id) => authors[id],
            (seq) => actors[seq - 1] ?? null,
          );
          const local = new Set(localIds);
          const out = detachLocalAccounts(input, (id) => local.has(id));
          const log = logOf(out) ?? { base: EMPTY_UPSERT, events: [] };
          expect(checkDebateLog(out.debate, log)).toEqual({ ok: true });
          expect(replay(out)).toEqual(out.debate);
          for (const id of idsSeen(out)) expect(local.has(id)).toBe(false);
          const kept = idsSeen(input).filter((id) => !local.has(id));
          for (const id of kept) expect(idsSeen(out)).toContain(id);
        },
      ),
      { numRuns: 150 },
    );
  });
});

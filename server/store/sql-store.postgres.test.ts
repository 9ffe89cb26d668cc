// The Store contract and the migrations against a real PostgreSQL server. Start a throwaway one
// with: TEST_DATABASE_URL=$(scripts/pg-temp.sh start /tmp/crux-pg 54329)
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Id } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import { loadMigrations, migrate } from '../db/migrate';
import { createPgClient } from '../db/pg-client';
import { LISTENER_APPLICATION_NAME } from '../db/pg-listener';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore, type SqlStore } from './sql-store';
import { describeStoreContract } from './store-contract';
import { ADA, addUsers, okEvent } from './store-contract-writes';

const url = process.env.TEST_DATABASE_URL;
const title = url
  ? 'on PostgreSQL (TEST_DATABASE_URL)'
  : 'on PostgreSQL: SKIPPED because TEST_DATABASE_URL is unset (see scripts/pg-temp.sh)';

describe.skipIf(!url)(title, () => {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = createPgClient({ connectionString: url });
    // Once per file: the schema is dropped and recreated so every run starts from nothing.
    await sql.exec('drop schema if exists public cascade; create schema public;');
  });

  describe('migrations', () => {
    it('two processes migrating at once: one applies everything, the other waits and finds nothing to do', async () => {
      const other = createPgClient({ connectionString: url });
      try {
        const results = await Promise.all([migrate(sql), migrate(other)]);
        const names = (await loadMigrations()).map((m) => m.name);
        expect(results.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([
          0,
          names.length,
        ]);
        expect(results.flat()).toEqual(names);
      } finally {
        await other.close();
      }
    });

    it('gives the database every table, and is a no-op the second time', async () => {
      expect(await migrate(sql)).toEqual([]);
      const rows = await sql.query<{ table_name: string }>(
        `select table_name from information_schema.tables
         where table_schema = 'public' order by table_name`,
      );
      expect(rows.map((r) => r.table_name)).toEqual([
        'anchors',
        'claim_revisions',
        'claims',
        'comments',
        'debate_moderators',
        'debates',
        'events',
        'relations',
        'schema_migrations',
        'sessions',
        'suggestions',
        'users',
      ]);
    });
  });

  describe('events across server processes (two stores, two clients, one database)', () => {
    const twoStores = async (debateId: Id) => {
      const writer = createSqlStore(createPgClient({ connectionString: url }));
      const reader = createSqlStore(createPgClient({ connectionString: url }));
      await writer.createDebate(smallDebate(debateId));
      await addUsers(writer);
      const seen: [Id, number][] = [];
      reader.subscribe((id, seq) => seen.push([id, seq]));
      await reader.listening();
      return { writer, reader, seen };
    };
    const closeAll = (...stores: SqlStore[]) => Promise.all(stores.map((s) => s.close()));
    const reply = (writer: SqlStore, debateId: Id, body: string) =>
      writer.addComment(debateId, ADA, { parentId: null, body });

    it('a write through one store notifies the other store’s subscriber', async () => {
      const { writer, reader, seen } = await twoStores('across');
      try {
        const event = okEvent(await reply(writer, 'across', 'Seen from afar.'));
        await vi.waitFor(() => expect(seen).toContainEqual(['across', event.seq]), {
          timeout: 5000,
        });
        expect(await reader.eventsAfter('across', 0, 10)).toEqual([event]);
      } finally {
        await closeAll(writer, reader);
      }
    });

    it('the listening connection comes back after the server drops it, and catches up', async () => {
      const { writer, reader, seen } = await twoStores('dropped');
      try {
        await sql.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
           where application_name = $1 and datname = current_database()`,
          [LISTENER_APPLICATION_NAME],
        );
        // Written while the reader may be reconnecting: its catch-up announces the debate's seq.
        const missed = okEvent(await reply(writer, 'dropped', 'While you were away.'));
        await vi.waitFor(() => expect(seen).toContainEqual(['dropped', missed.seq]), {
          timeout: 10_000,
        });
        const next = okEvent(await reply(writer, 'dropped', 'And after.'));
        await vi.waitFor(() => expect(seen).toContainEqual(['dropped', next.seq]), {
          timeout: 10_000,
        });
      } finally {
        await closeAll(writer, reader);
      }
    });
  });

  describe('merges across connections', () => {
    it('a reply to a claim queued behind its merge lands on the survivor', async () => {
      const merger = createSqlStore(createPgClient({ connectionString: url }));
      const replier = createSqlStore(createPgClient({ connectionString: url }));
      const holder = createPgClient({ connectionString: url });
      try {
        await merger.createDebate(smallDebate('racing'));
        await addUsers(merger);
        // Hold the debate's row lock so both writes queue on it: the merge first, the reply after.
        let release = () => {};
        let locked = () => {};
        const isLocked = new Promise<void>((resolve) => {
          locked = resolve;
        });
        const held = holder.transaction(async (tx) => {
          await tx.query(`select 1 from debates where id = 'racing' for update`);
          locked();
          await new Promise<void>((resolve) => {
            release = resolve;
          });
        });
        await isLocked;
        const merge = merger.mergeClaims('racing', ADA, {
          claimIds: ['tallinn', 'overcrowding'],
          survivor: { keep: 'overcrowding' },
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        // Sent while the merge waits: it names the claim about to be merged away.
        const reply = replier.addComment('racing', ADA, {
          parentId: null,
          body: 'Tallinn is small.',
          reply: { targetClaimId: 'tallinn', stance: 'question' },
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        release();
        await held;
        expect(okEvent(await merge).seq).toBe(1);
        const event = okEvent(await reply);
        expect(event.seq).toBe(2);
        expect(event.upsert.comments[0]?.target).toEqual({
          claimId: 'overcrowding',
          stance: 'question',
        });
      } finally {
        await Promise.all([merger.close(), replier.close(), holder.close()]);
      }
    });
  });

  // Runs last: it closes the pool after its final test.
  describeStoreContract('SQL on PostgreSQL', {
    create: async () => createSqlStore(sql),
    reset: () => sql.exec('truncate debates, users cascade'),
    propertyRuns: 15,
  });
});

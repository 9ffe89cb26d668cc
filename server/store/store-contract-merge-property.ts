// Merges in the Store contract as a property (memory, PGlite, PostgreSQL): random replies, edits,
// merges (some rewording the survivor) and unmerges lose no comment, anchor or wording, replay
// exactly, a merge then its unmerge gives back the debate as it was (rows in their places), and
// every claim's history ends with the wording it has now.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MergeRequest } from '../../src/domain/merge/merge-request';
import type { Debate, Id } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { expectReplays } from './store-contract-merge';
import { ADA, addUsers, okEvent } from './store-contract-writes';

export function describeMergePropertyContract(
  name: string,
  getStore: () => Store,
  runs: number,
): void {
  describe(`Store contract, merges as a property: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await addUsers(store);
    });

    it('random replies, edits, merges and unmerges lose nothing and replay exactly (property)', async () => {
      let n = 0;
      const step = fc.oneof(
        fc.record({ kind: fc.constant('reply' as const), pick: fc.nat(50), old: fc.boolean() }),
        fc.record({
          kind: fc.constant('merge' as const),
          picks: fc.uniqueArray(fc.nat(6), { minLength: 2, maxLength: 3 }),
          undo: fc.boolean(),
          // New words for the survivor (it then gains a revision), or keep the first claim's.
          reword: fc.boolean(),
        }),
        fc.record({ kind: fc.constant('unmerge' as const), pick: fc.nat(50) }),
        // Edits: a reply's words (its author), a claim's wording (a moderator).
        fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(50), claim: fc.boolean() }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
          const original = smallDebate(`merge-prop-${n++}`);
          await store.createDebate(original);
          const gone = new Set<Id>();
          for (const s of steps) {
            const debate = (await store.getDebate(original.id)) as Debate;
            const claims = debate.claims.map((c) => c.id);
            const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
            if (s.kind === 'edit') {
              const mine = debate.comments.filter((c) => c.authorId === ADA.id);
              const comment = mine.length > 0 ? at(mine, s.pick) : null;
              const result =
                s.claim || !comment
                  ? await store.moderate(original.id, ADA, {
                      kind: 'edit-claim',
                      claimId: at(claims, s.pick),
                      text: `Edited wording ${s.pick}.`,
                    })
                  : await store.editComment(original.id, ADA, comment.id, {
                      body: `Edited. ${s.pick}`,
                      version: comment.version ?? 1,
                    });
              // The same words again is "no change" (422); anything else must be written.
              expect(['ok', 'invalid']).toContain(result.kind);
            } else if (s.kind === 'reply') {
              const target = s.old && gone.size > 0 ? at([...gone], s.pick) : at(claims, s.pick);
              okEvent(
                await store.addComment(original.id, ADA, {
                  parentId: null,
                  body: 'Yes.',
                  reply: { targetClaimId: target, stance: 'question' },
                }),
              );
            } else if (s.kind === 'merge') {
              const claimIds = [...new Set(s.picks.map((i) => at(claims, i)))];
              if (claimIds.length < 2) continue;
              const request: MergeRequest = {
                claimIds,
                survivor: s.reword ? { text: `Merged wording ${n}.` } : { keep: claimIds[0] as Id },
              };
              const preview = await store.previewMerge(original.id, request);
              if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
              const stances = preview.preview.conflicts
                .filter((c) => c.kind === 'opposite-stances')
                .map((c) => {
                  const r = debate.relations.find((x) => x.id === c.relationIds[0]);
                  const map = (id: Id) => (claimIds.includes(id) ? (claimIds[0] as Id) : id);
                  return {
                    from: map(r?.from ?? ''),
                    to: map(r?.to ?? ''),
                    kind: 'attacks' as const,
                  };
                });
              const event = okEvent(
                await store.mergeClaims(original.id, ADA, {
                  ...request,
                  stances,
                  expected: preview.preview.expected,
                }),
              );
              for (const id of claimIds.slice(1)) gone.add(id);
              if (s.undo) {
                okEvent(await store.unmergeClaims(original.id, ADA, event.seq));
                // Everything as it was, rows in their places (not only the same rows).
                expect(await store.getDebate(original.id)).toEqual(debate);
                for (const id of claimIds.slice(1)) gone.delete(id);
              }
            } else {
              const merges = ((await store.eventsAfter(original.id, 0, 1000)) ?? []).filter(
                (e) => e.type === 'claims.merged',
              );
              if (merges.length === 0) continue;
              const merge = at(merges, s.pick);
              const result = await store.unmergeClaims(original.id, ADA, merge.seq);
              expect(['ok', 'blocked']).toContain(result.kind);
              if (result.kind === 'ok') for (const id of merge.remove.claims) gone.delete(id);
            }
          }
          const stored = await expectReplays(store, original);
          const ids = new Set(stored.anchors.map((a) => a.id));
          expect(original.anchors.every((a) => ids.has(a.id))).toBe(true);
          // Every wording stays: on a claim, as a phrasing, or (edited by a moderator) in history.
          const wordings = new Set(stored.claims.flatMap((c) => [c.text, ...(c.phrasings ?? [])]));
          for (const claim of original.claims) {
            for (const r of (await store.claimHistory(original.id, claim.id)) ?? []) {
              wordings.add(r.text);
            }
          }
          expect(original.claims.filter((c) => !wordings.has(c.text))).toEqual([]);
          // A claim with a history says now what its last revision says (merges reword too).
          for (const claim of stored.claims) {
            const history = (await store.claimHistory(original.id, claim.id)) ?? [];
            expect(history.map((r) => r.revision)).toEqual(history.map((_, i) => i + 1));
            if (history.length > 0) expect(history.at(-1)?.text).toBe(claim.text);
          }
        }),
        { numRuns: runs },
      );
    });
  });
}

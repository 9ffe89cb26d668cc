import { describe, expect, it } from 'vitest';
import type { DebateEvent } from '../domain/events';
import { EMPTY_REMOVE, EMPTY_UPSERT } from '../domain/events';
import type { Anchor, Comment } from '../domain/model';
import { placeComments, type ThreadComment } from '../domain/thread-page';
import { threadRows } from '../domain/thread-rows';
import { sendingComment } from './add-comment';
import {
  isTouched,
  patchChunk,
  patchThreadData,
  type ThreadChunk,
  threadQueryKind,
} from './thread-cache';

const comment = (id: string, parentId: string | null, order = 0): Comment => ({
  id,
  parentId,
  author: id,
  createdAt: null,
  body: `Body of ${id}.`,
  visibility: 'visible',
  order,
});

const placed = placeComments([
  comment('a', null, 0),
  comment('a1', 'a', 0),
  comment('a2', 'a', 1),
  comment('b', null, 1),
]);
const byId = new Map(placed.map((c) => [c.id, c]));
function get(id: string): ThreadComment {
  const found = byId.get(id);
  if (!found) throw new Error(`no comment ${id}`);
  return found;
}

const anchorIn = (id: string, commentId: string, claimId = 'k'): Anchor => ({
  id,
  claimId,
  source: { kind: 'comment', commentId },
  quote: { exact: 'Body', prefix: '', suffix: '' },
  position: { start: 0, end: 4 },
});

function event(patch: Partial<DebateEvent>): DebateEvent {
  return {
    debateId: 'd',
    seq: 1,
    type: 'comment.added',
    at: '2026-01-01T00:00:00.000Z',
    actorId: 'u',
    upsert: EMPTY_UPSERT,
    remove: EMPTY_REMOVE,
    ...patch,
  };
}

const chunk: ThreadChunk = { comments: [get('a'), get('a1')], anchors: [anchorIn('x', 'a1')] };
const main = { kind: 'pages', parentId: null } as const;

describe('threadQueryKind', () => {
  it('tells the thread queries apart by the key after the prefix', () => {
    expect(threadQueryKind(['pages', { sort: 'oldest', parentId: null, from: null }])).toEqual(
      main,
    );
    expect(threadQueryKind(['pages', { sort: 'newest', parentId: 'a', from: 'c' }])).toEqual({
      kind: 'pages',
      parentId: 'a',
    });
    expect(threadQueryKind(['claim', 'k'])).toEqual({ kind: 'claim', claimId: 'k' });
    expect(threadQueryKind(['comment', 'a'])).toEqual({ kind: 'comment', commentId: 'a' });
    expect(threadQueryKind(['sending'])).toEqual({ kind: 'sending' });
  });
});

describe('isTouched', () => {
  it('refetches the main pages for a new reply to the post, and nothing else unrelated', () => {
    const added = event({ upsert: { ...EMPTY_UPSERT, comments: [comment('n', null)] } });
    expect(isTouched(main, { pages: [chunk], pageParams: [null] }, added)).toBe(true);
    expect(
      isTouched({ kind: 'comment', commentId: 'z' }, { comments: [], anchors: [] }, added),
    ).toBe(false);
    expect(isTouched({ kind: 'sending' }, chunk, added)).toBe(false);
  });

  it('refetches what holds the parent of a new reply, or an edited comment', () => {
    const reply = event({ upsert: { ...EMPTY_UPSERT, comments: [comment('n', 'a1')] } });
    expect(
      isTouched({ kind: 'pages', parentId: 'a' }, { pages: [chunk], pageParams: [] }, reply),
    ).toBe(true);
    const elsewhere = event({ upsert: { ...EMPTY_UPSERT, comments: [comment('n', 'b')] } });
    expect(
      isTouched({ kind: 'pages', parentId: 'a' }, { pages: [chunk], pageParams: [] }, elsewhere),
    ).toBe(false);
  });

  it("refetches a claim's context when the event adds words or a relation to it", () => {
    const relation = event({
      type: 'claim.marked',
      upsert: { ...EMPTY_UPSERT, relations: [{ id: 'r', from: 'n', to: 'k', kind: 'attacks' }] },
    });
    expect(
      isTouched({ kind: 'claim', claimId: 'k' }, { comments: [], anchors: [] }, relation),
    ).toBe(true);
    expect(
      isTouched({ kind: 'claim', claimId: 'q' }, { comments: [], anchors: [] }, relation),
    ).toBe(false);
  });
});

describe('patchChunk', () => {
  it('replaces a held comment keeping its place, and upserts and removes its anchors', () => {
    const edited = { ...comment('a1', 'a'), body: 'New words.', version: 2 };
    const moved = { ...anchorIn('x', 'a1'), orphaned: true as const };
    const next = patchChunk(
      chunk,
      event({
        type: 'comment.edited',
        upsert: { ...EMPTY_UPSERT, comments: [edited], anchors: [moved, anchorIn('y', 'zz')] },
      }),
    );
    const a1 = next.comments.find((c) => c.id === 'a1');
    expect(a1?.body).toBe('New words.');
    expect(a1?.thread).toBe(get('a1').thread);
    // Only anchors said in comments this chunk holds.
    expect(next.anchors).toEqual([moved]);
    const removed = patchChunk(chunk, event({ remove: { ...EMPTY_REMOVE, anchors: ['x'] } }));
    expect(removed.anchors).toEqual([]);
  });

  it('returns the same object when the event changes nothing it holds', () => {
    const other = event({ upsert: { ...EMPTY_UPSERT, comments: [comment('zz', null)] } });
    expect(patchChunk(chunk, other)).toBe(chunk);
    const data = { pages: [chunk], pageParams: [null] };
    expect(patchThreadData(data, other)).toBe(data);
  });
});

describe('sendingComment', () => {
  const rowsOf = (sort: 'oldest' | 'newest', extra: ReturnType<typeof sendingComment>) =>
    threadRows({
      comments: [...placed, extra],
      sort,
      collapsed: new Set(),
      cuts: new Map(),
      hasNextPage: false,
      mainEnd: null,
    }).map((r) =>
      r.kind === 'comment' ? (r.comment.id.startsWith('sending-') ? 'new' : r.comment.id) : r.kind,
    );

  it('shows a reply last under its parent oldest first, and first under it newest first', () => {
    const reply = sendingComment(
      { input: { parentId: 'a', body: 'Hi' }, showUnder: get('a') },
      'me',
    );
    expect(rowsOf('oldest', reply)).toEqual(['a', 'a1', 'a2', 'new', 'b']);
    expect(rowsOf('newest', reply)).toEqual(['b', 'a', 'new', 'a2', 'a1']);
    expect(reply.thread.depth).toBe(1);
  });

  it('shows a reply to the post at the top, where its writer is', () => {
    const top = sendingComment({ input: { parentId: null, body: 'Hi' }, showUnder: null }, 'me');
    expect(rowsOf('oldest', top)[0]).toBe('new');
    expect(rowsOf('newest', top)[0]).toBe('new');
  });
});

// Where every claim is said, resolved against today's text: the ranges each source draws as
// marks, which claims each comment states, and which anchors lost their words (orphans, shown
// as such on the claim rather than dropped). Pure; the views memoise it per debate. Comment
// anchors count in the body's plain text (the rendered Markdown, decision 0004).

import { resolveAnchor } from '../domain/anchoring';
import type { HighlightRange } from '../domain/highlight';
import type { Anchor, Comment, Debate, Id } from '../domain/model';
import { postText, sourceKey } from '../domain/text';
import { knownPlainText } from './rich-cache';

export interface AnchorIndex {
  /** Resolved ranges per sourceKey ('post' | 'comment:<id>'); each range's id is a claim id. */
  rangesBySource: ReadonlyMap<string, readonly HighlightRange[]>;
  /** The claims said in each source, by sourceKey. */
  claimsBySource: ReadonlyMap<string, ReadonlySet<Id>>;
  /** Per claim, how many of its anchors no longer find their words (absent when none). */
  orphanCountByClaim: ReadonlyMap<Id, number>;
  /** Per claim, its anchors whose words are gone from a loaded source (absent when none). */
  orphansByClaim: ReadonlyMap<Id, readonly Anchor[]>;
}

const EMPTY_RANGES: readonly HighlightRange[] = [];
const EMPTY_IDS: ReadonlySet<Id> = new Set();

/** Over whichever comments are loaded: anchors in comments not given count as orphans. */
export function buildAnchorIndex(
  debate: Pick<Debate, 'post' | 'anchors'> & { comments: readonly Comment[] },
): AnchorIndex {
  const texts = new Map<string, string>([['post', postText(debate.post)]]);
  // Comments whose Markdown is not parsed yet: their anchors are neither drawn nor orphans.
  const pending = new Set<string>();
  for (const comment of debate.comments) {
    // A deleted or hidden comment shows none of its words: its anchors are orphans.
    const text = comment.visibility === 'visible' ? knownPlainText(comment) : '';
    if (text === null) pending.add(`comment:${comment.id}`);
    else texts.set(`comment:${comment.id}`, text);
  }

  const rangesBySource = new Map<string, HighlightRange[]>();
  const claimsBySource = new Map<string, Set<Id>>();
  const orphanCountByClaim = new Map<Id, number>();
  const orphansByClaim = new Map<Id, Anchor[]>();
  for (const anchor of debate.anchors) {
    const key = sourceKey(anchor.source);
    if (pending.has(key)) continue;
    const text = texts.get(key);
    // An anchor the server marked orphaned keeps its old position: never draw it there.
    const resolved = text === undefined || anchor.orphaned ? null : resolveAnchor(text, anchor);
    if (!resolved) {
      orphanCountByClaim.set(anchor.claimId, (orphanCountByClaim.get(anchor.claimId) ?? 0) + 1);
      pushTo(orphansByClaim, anchor.claimId, anchor);
      continue;
    }
    pushTo(rangesBySource, key, { ...resolved, id: anchor.claimId });
    const claims = claimsBySource.get(key) ?? new Set<Id>();
    claims.add(anchor.claimId);
    claimsBySource.set(key, claims);
  }
  return { rangesBySource, claimsBySource, orphanCountByClaim, orphansByClaim };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function rangesFor(index: AnchorIndex, key: string): readonly HighlightRange[] {
  return index.rangesBySource.get(key) ?? EMPTY_RANGES;
}

export function claimsIn(index: AnchorIndex, key: string): ReadonlySet<Id> {
  return index.claimsBySource.get(key) ?? EMPTY_IDS;
}

/**
 * Claims whose words overlap the given claim's words somewhere: when a reader picks words that
 * state several claims, the map marks the others as "also stated here".
 */
export function claimsSaidWith(index: AnchorIndex, claimId: Id): ReadonlySet<Id> {
  const result = new Set<Id>();
  for (const ranges of index.rangesBySource.values()) {
    const mine = ranges.filter((r) => r.id === claimId);
    if (mine.length === 0) continue;
    for (const other of ranges) {
      if (other.id === claimId) continue;
      if (mine.some((r) => r.start < other.end && other.start < r.end)) result.add(other.id);
    }
  }
  return result;
}

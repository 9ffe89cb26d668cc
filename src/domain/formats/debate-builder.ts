// Every importer assembles its debate through this builder, which keeps the model's invariants
// as it goes (ids valid and unique, no self or duplicate relations, anchors whose words are where
// they say) and words what it had to drop as warnings. build() checks the result with
// parseDebate: an importer can only hand back a debate the stores will accept. Its pure helpers
// (selectors for a range, breaking parent cycles) are in debate-builder-helpers.ts.
import type {
  Anchor,
  AnchorSource,
  Claim,
  Comment,
  Debate,
  Id,
  Post,
  Relation,
  RelationKind,
  TextPositionSelector,
  TextQuoteSelector,
} from '../model';
import { ID_PATTERN } from '../model';
import { parseDebate } from '../rules';
import { breakCycles, selectorsAt } from './debate-builder-helpers';
import { IdAllocator } from './ids';
import { collapseSpace, cut } from './post';
import type { FormatName } from './types';
import { plural, Warnings } from './warnings';

// Still part of this module's exports, so the import path stays as it was.
export { selectorsAt } from './debate-builder-helpers';

export const MAX_CLAIM_TEXT = 1000;
const MAX_AUTHOR = 200;
/** About 25 times the largest file: far more than any real file needs. */
const SEARCH_BUDGET = 500_000_000;

/** What a claim may carry besides its words (Crux's own exports write these back). */
export interface ClaimExtras {
  hidden?: boolean;
  aliases?: readonly string[];
}

export type NewComment = Omit<Comment, 'id' | 'order'> & { id?: string | null; order?: number };

export interface StoredSelectors {
  id?: string | null;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  orphaned?: true;
}

export class DebateBuilder {
  readonly warnings = new Warnings();
  private readonly claims: Claim[] = [];
  private readonly relations: Relation[] = [];
  private readonly comments: Comment[] = [];
  private readonly anchors: Anchor[] = [];
  private readonly claimIds = new IdAllocator();
  private readonly relationIds = new IdAllocator();
  private readonly commentIds = new IdAllocator();
  private readonly anchorIds = new IdAllocator();
  private readonly pairs = new Map<string, Relation>();
  private readonly bodies = new Map<Id, string>();
  private readonly claimsById = new Map<Id, Claim>();
  private readonly phrasingSets = new Map<Id, Set<string>>();
  /** Characters anchor searches may still scan (see anchorWords). */
  private searchBudget = SEARCH_BUDGET;

  constructor(readonly format: FormatName) {}

  /** Adds a claim; null (with a warning) when its text is empty. `label` names it in warnings. */
  claim(
    preferredId: string | null | undefined,
    rawText: string,
    label: string,
    extras: ClaimExtras = {},
  ): Id | null {
    const text = collapseSpace(rawText);
    if (text.length === 0) {
      this.warnings.note('empty-claim', (n) => `${plural(n, 'empty proposition')} left out`, label);
      return null;
    }
    if (text.length > MAX_CLAIM_TEXT) {
      this.warnings.note(
        'long-claim',
        (n) => `${plural(n, 'claim')} cut to ${MAX_CLAIM_TEXT} characters`,
        label,
      );
    }
    const id = this.claimIds.take(preferredId, text);
    const claim: Claim = { id, text: cut(text, MAX_CLAIM_TEXT) };
    if (extras.hidden) claim.hidden = true;
    // Aliases are ids of claims merged away: one that names a claim of this debate would make
    // two claims answer to one id, so those are dropped.
    const aliases = extras.aliases?.filter((alias) => alias !== id && ID_PATTERN.test(alias));
    if (aliases && aliases.length > 0) claim.aliases = [...new Set(aliases)];
    this.claims.push(claim);
    this.claimsById.set(id, claim);
    return id;
  }

  /** Another wording of the claim (a rephrasing, a merged claim's words); repeats are skipped. */
  phrasing(claimId: Id, rawText: string): void {
    const claim = this.claimsById.get(claimId);
    const text = cut(collapseSpace(rawText), MAX_CLAIM_TEXT);
    if (!claim || text.length === 0 || text === claim.text) return;
    let seen = this.phrasingSets.get(claimId);
    if (!seen) {
      seen = new Set();
      this.phrasingSets.set(claimId, seen);
    }
    if (seen.has(text)) return;
    seen.add(text);
    if (claim.phrasings) claim.phrasings.push(text);
    else claim.phrasings = [text];
  }

  hasClaim(id: Id): boolean {
    return this.claimsById.has(id);
  }

  claimText(id: Id): string | undefined {
    return this.claimsById.get(id)?.text;
  }

  get claimCount(): number {
    return this.claims.length;
  }

  /**
   * `from` supports or attacks `to`. A second relation between the same two claims is left out
   * (the model allows one); a self-relation too. Returns whether the relation was added.
   */
  relation(from: Id, to: Id, kind: RelationKind, preferredId?: string | null): boolean {
    if (from === to) {
      this.warnings.note(
        'self-relation',
        (n) => `${plural(n, 'relation')} from a claim to itself left out`,
        from,
      );
      return false;
    }
    const key = `${from}\u0000${to}`;
    const existing = this.pairs.get(key);
    if (existing) {
      if (existing.kind !== kind) {
        this.warnings.note(
          'conflicting-relation',
          (n) =>
            `${plural(n, 'pair')} of claims both supported and attacked each other; the first relation was kept`,
          `${from} → ${to}`,
        );
      }
      return false;
    }
    const id = this.relationIds.take(preferredId, `${from}-${kind}-${to}`);
    const relation = { id, from, to, kind };
    this.pairs.set(key, relation);
    this.relations.push(relation);
    return true;
  }

  /** Adds a comment (order defaults to its position in the file) and returns its id. */
  comment(input: NewComment): Id {
    const { id: preferred, order, ...rest } = input;
    const id = this.commentIds.take(preferred, 'comment');
    const author = rest.author === null ? null : cut(collapseSpace(rest.author), MAX_AUTHOR);
    const comment: Comment = {
      ...rest,
      id,
      author: author || null,
      order: order ?? this.comments.length,
    };
    this.comments.push(comment);
    this.bodies.set(id, comment.body);
    return id;
  }

  /** Re-points a comment's parent once every comment is known; cycles are broken first. */
  setParents(parents: ReadonlyMap<Id, Id>): void {
    const acyclic = breakCycles(parents);
    for (const comment of this.comments) {
      const parent = acyclic.get(comment.id);
      if (parent !== undefined && this.bodies.has(parent)) comment.parentId = parent;
    }
  }

  /**
   * Anchors the claim to the first occurrence of `words` in `text`; false when absent. Searches
   * draw on a budget of characters scanned, so a hostile file (100,000 illocutions into one huge
   * locution) cannot make the import take quadratic time: past it, anchors are left out with a
   * warning.
   */
  anchorWords(
    claimId: Id,
    source: AnchorSource,
    text: string,
    words: string,
    id?: string,
  ): boolean {
    if (words.length === 0 || !this.spend(text.length)) return false;
    const start = text.indexOf(words);
    if (start === -1) return false;
    this.pushAnchor(claimId, source, id, selectorsAt(text, start, start + words.length));
    return true;
  }

  /**
   * An anchor whose selectors came with the file: kept when the words are at the position, else
   * moved to the first place the exact words occur, else false.
   */
  anchorStored(claimId: Id, source: AnchorSource, text: string, stored: StoredSelectors): boolean {
    const { quote, position } = stored;
    let selectors = { quote, position };
    if (text.slice(position.start, position.end) !== quote.exact) {
      if (!this.spend(text.length)) return false;
      const start = text.indexOf(quote.exact);
      if (start === -1) return false;
      selectors = selectorsAt(text, start, start + quote.exact.length);
    }
    this.pushAnchor(claimId, source, stored.id, selectors, stored.orphaned);
    return true;
  }

  /** Anchors the claim to [start, end) of `text`, which the caller has located. */
  anchorRange(claimId: Id, source: AnchorSource, text: string, start: number, end: number): void {
    this.pushAnchor(claimId, source, undefined, selectorsAt(text, start, end));
  }

  /** Draws `characters` from the search budget; false (with a warning) once it is spent. */
  spend(characters: number): boolean {
    this.searchBudget -= characters;
    if (this.searchBudget >= 0) return true;
    this.warnings.note(
      'search-budget',
      () =>
        'Some anchors were left out: the file asks for more text searching than an import allows',
    );
    return false;
  }

  /** The text of a comment added earlier (anchors count in it). */
  bodyOf(commentId: Id): string | undefined {
    return this.bodies.get(commentId);
  }

  private pushAnchor(
    claimId: Id,
    source: AnchorSource,
    preferred: string | null | undefined,
    selectors: { quote: TextQuoteSelector; position: TextPositionSelector },
    orphaned?: true,
  ): void {
    const where = source.kind === 'post' ? 'post' : source.commentId;
    const id = this.anchorIds.take(preferred, `${claimId}-in-${where}`);
    this.anchors.push({ id, claimId, source, ...selectors, ...(orphaned ? { orphaned } : {}) });
  }

  /** An alias is kept only when no claim has it as its id and no other claim claims it too. */
  private settleAliases(): void {
    const owners = new Map<string, number>();
    for (const claim of this.claims) {
      for (const alias of claim.aliases ?? []) owners.set(alias, (owners.get(alias) ?? 0) + 1);
    }
    for (const claim of this.claims) {
      if (!claim.aliases) continue;
      const kept = claim.aliases.filter((a) => owners.get(a) === 1 && !this.claimsById.has(a));
      if (kept.length > 0) claim.aliases = kept;
      else delete claim.aliases;
    }
  }

  /** The finished debate; throws (a bug, not bad input) if an invariant slipped through. */
  build(id: Id, post: Post): Debate {
    this.settleAliases();
    const debate: Debate = {
      id,
      post,
      comments: this.comments,
      claims: this.claims,
      relations: this.relations,
      anchors: this.anchors,
    };
    const parsed = parseDebate(debate);
    if (!parsed.ok) {
      throw new Error(`The ${this.format} importer built an invalid debate: ${parsed.errors[0]}`);
    }
    return parsed.debate;
  }
}

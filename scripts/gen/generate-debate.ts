// A realistic synthetic debate for scale work: a shallow, wide claim tree under one thesis with
// some claims under two parents and a few attack cycles, and a reply tree of long comments that
// state the claims word for word (anchored as a person would have highlighted them). Pure and
// deterministic for a seed; the CLI (scripts/gen.ts) writes it to the database.
import { anchorQuote } from '../../src/domain/anchoring';
import type { Anchor, Claim, Comment, Debate, Id, Relation } from '../../src/domain/model';
import { PARAGRAPH_SEPARATOR } from '../../src/domain/model';
import { postText } from '../../src/domain/text';
import { createRng, paragraph, type Rng, sentence } from './words';

export interface GenerateOptions {
  claims: number;
  comments: number;
  seed: number;
  id: Id;
  title: string;
}

/** Claims stated in the post (the thesis first); the rest are said in comments. */
const POST_CLAIMS = 4;
const MAX_DEPTH = 8;

interface ClaimTree {
  claims: Claim[];
  relations: Relation[];
}

/** Breadth first: each claim takes 5–15 children near the top, fewer further down. */
function claimTree(rng: Rng, count: number): ClaimTree {
  const claims: Claim[] = [{ id: 'thesis', text: sentence(rng, 10, 20) }];
  const relations: Relation[] = [];
  const depth = [0];
  const seen = new Set<string>();
  const relate = (from: number, to: number, kind: Relation['kind']) => {
    const fromId = claims[from]?.id as Id;
    const toId = claims[to]?.id as Id;
    if (from === to || seen.has(`${fromId}>${toId}`)) return false;
    seen.add(`${fromId}>${toId}`);
    relations.push({ id: `r-${relations.length}`, from: fromId, to: toId, kind });
    return true;
  };
  const kind = (): Relation['kind'] => (rng.chance(0.4) ? 'attacks' : 'supports');
  for (let parent = 0; claims.length < count && parent < claims.length; parent++) {
    const d = depth[parent] as number;
    if (d >= MAX_DEPTH) continue;
    const children = d < 2 ? rng.int(5, 15) : rng.int(1, 8);
    for (let k = 0; k < children && claims.length < count; k++) {
      const i = claims.length;
      claims.push({ id: `c-${i.toString(36)}`, text: sentence(rng) });
      depth.push(d + 1);
      relate(i, parent, kind());
      // A second parent earlier in breadth-first order is never a descendant: no support cycle.
      if (i > 2 && rng.chance(0.05)) relate(i, rng.int(0, i - 1), kind());
    }
  }
  addAttackCycles(rng, claims.length, relate);
  return { claims, relations };
}

/** About one 2- or 3-cycle of attacks per 500 claims, at least one of each when possible. */
function addAttackCycles(
  rng: Rng,
  count: number,
  relate: (from: number, to: number, kind: 'attacks') => boolean,
) {
  if (count < 4) return;
  const cycles = Math.max(2, Math.floor(count / 500));
  for (let c = 0; c < cycles; c++) {
    const size = c % 2 === 0 ? 2 : 3;
    const members = new Set<number>();
    while (members.size < size) members.add(rng.int(1, count - 1));
    const list = [...members];
    list.forEach((from, i) => {
      relate(from, list[(i + 1) % list.length] as number, 'attacks');
    });
  }
}

/** Replies cluster in recent, shallow threads; a few run on as long back-and-forth chains. */
function replyParents(rng: Rng, count: number): { parents: (number | null)[]; depth: number[] } {
  const parents: (number | null)[] = [];
  const depth: number[] = [];
  for (let i = 0; i < count; i++) {
    let parent: number | null = null;
    if (i > 0 && !rng.chance(0.4)) {
      if (rng.chance(0.04)) parent = i - 1;
      else {
        parent = rng.int(Math.max(0, i - 300), i - 1);
        while (parent !== null && (depth[parent] as number) >= 3 && !rng.chance(0.15)) {
          parent = parents[parent] ?? null;
        }
      }
    }
    parents.push(parent);
    depth.push(parent === null ? 0 : (depth[parent] as number) + 1);
  }
  return { parents, depth };
}

/** Paragraphs of filler with each of `statements` placed, verbatim, somewhere among them. */
function bodyWith(rng: Rng, statements: readonly string[], minParagraphs: number): string {
  const paragraphs: string[] = [];
  const n = rng.int(minParagraphs, 6);
  for (let i = 0; i < n; i++) paragraphs.push(paragraph(rng));
  for (const s of statements) {
    const at = rng.int(0, paragraphs.length - 1);
    paragraphs[at] = rng.chance(0.5) ? `${paragraphs[at]} ${s}` : `${s} ${paragraphs[at]}`;
  }
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

export function generateDebate(options: GenerateOptions): Debate {
  const rng = createRng(options.seed);
  const { claims, relations } = claimTree(rng, Math.max(1, options.claims));
  const inComment: Claim[][] = Array.from({ length: options.comments }, () => []);
  const inPost: Claim[] = [];
  claims.forEach((claim, i) => {
    if (i < POST_CLAIMS || options.comments === 0) inPost.push(claim);
    else inComment[rng.int(0, options.comments - 1)]?.push(claim);
  });
  const post = {
    title: options.title,
    author: 'Generated author',
    publishedAt: '2024-01-15T09:00:00.000Z',
    sourceUrl: null,
    paragraphs: bodyWith(
      rng,
      inPost.map((c) => c.text),
      4,
    ).split(PARAGRAPH_SEPARATOR),
  };
  const anchors: Anchor[] = [];
  const anchor = (claim: Claim, source: Anchor['source'], text: string) => {
    anchors.push({
      id: `a-${anchors.length}`,
      claimId: claim.id,
      source,
      ...anchorQuote(text, claim.text),
    });
  };
  const text = postText(post);
  for (const claim of inPost) anchor(claim, { kind: 'post' }, text);

  const { parents } = replyParents(rng, options.comments);
  let time = Date.parse(post.publishedAt as string);
  const comments: Comment[] = parents.map((parent, i) => {
    time += rng.int(5, 600) * 1000;
    const said = inComment[i] ?? [];
    const body = bodyWith(
      rng,
      said.map((c) => c.text),
      1,
    );
    const id = `m-${i.toString(36)}`;
    for (const claim of said) anchor(claim, { kind: 'comment', commentId: id }, body);
    return {
      id,
      parentId: parent === null ? null : `m-${parent.toString(36)}`,
      author: rng.chance(0.1) ? null : `reader-${rng.int(1, 400)}`,
      createdAt: new Date(time).toISOString(),
      body,
      // Only comments that state no claim are deleted, so every claim's words stay readable.
      visibility: said.length === 0 && rng.chance(0.01) ? 'deleted' : 'visible',
      order: 0,
    };
  });
  return { id: options.id, post, comments, claims, relations, anchors };
}

// The dialogue half of AIF: L nodes become comments (or, in OVA3 files, segments of the source
// text, which is the post), TA gives each reply its parent, and L → YA → I becomes an anchor.
import type { AnchorSource, Id } from '../model';
import { type AifGraph, neighbours, splitSpeaker } from './aif-graph';
import type { AifNode, AifNodeset, CruxAifExtension } from './aif-schema';
import type { DebateBuilder } from './debate-builder';
import type { HtmlText } from './html-text';
import { isoTimestamp } from './time';
import { plural } from './warnings';

export interface DialogueInput {
  graph: AifGraph;
  nodeset: AifNodeset;
  builder: DebateBuilder;
  claimOf: ReadonlyMap<string, Id>;
  ext: CruxAifExtension | null;
  /** OVA3's source text, whose spans locate locutions; null for plain nodesets. */
  source: HtmlText | null;
  /** The post's plain text when claims may be anchored in it (OVA3 source, Crux's own export). */
  postBody: string | null;
}

/** Where an L node's words are: a comment, the whole post, or a span of the post. */
type Speech =
  | { kind: 'comment'; commentId: Id; text: string }
  | { kind: 'post'; text: string }
  | { kind: 'segment'; text: string; start: number; end: number };

function speakers(
  nodeset: AifNodeset,
): Map<string, { name: string | null; timestamp: string | null }> {
  const people = new Map<string, string>();
  for (const p of nodeset.participants ?? []) {
    const name = [p.firstname, p.surname].filter(Boolean).join(' ').trim();
    if (name) people.set(p.participantID, name);
  }
  const byNode = new Map<string, { name: string | null; timestamp: string | null }>();
  for (const l of nodeset.locutions ?? []) {
    if (byNode.has(l.nodeID)) continue;
    const name =
      l.personID === null || l.personID === undefined ? null : (people.get(l.personID) ?? null);
    byNode.set(l.nodeID, { name, timestamp: l.timestamp ?? null });
  }
  return byNode;
}

function spanOf(source: HtmlText | null, nodeID: string): { start: number; end: number } | null {
  if (!source) return null;
  return source.spans.get(`node${nodeID}`) ?? source.spans.get(nodeID) ?? null;
}

function addComment(input: DialogueInput, node: AifNode, who: ReturnType<typeof speakers>): Speech {
  const { builder, ext } = input;
  const split = splitSpeaker(node.text);
  const stored = ext?.comments[node.nodeID];
  const located = who.get(node.nodeID);
  const body = split ? split.words : node.text;
  // The speaker the locution's own text names wins over the participant list, so an AIF file
  // written back says what it said ("Buxton : …", not "Michael Buxton : …").
  const author = stored ? stored.author : split?.speaker || located?.name || null;
  const createdAt = stored
    ? stored.createdAt
    : isoTimestamp(located?.timestamp ?? node.timestamp ?? null, true);
  const { target, ...kept } = stored ?? {};
  const commentId = builder.comment({
    ...kept,
    id: stored?.id ?? `locution-${node.nodeID}`,
    parentId: null,
    author,
    createdAt,
    body,
    visibility: stored?.visibility ?? 'visible',
    // A reply's target must name a claim this import kept.
    ...(target && builder.hasClaim(target.claimId) ? { target } : {}),
  });
  return { kind: 'comment', commentId, text: body };
}

/** Each L node → where its words are. */
function importLocutions(input: DialogueInput): Map<string, Speech> {
  const { graph, ext, source, postBody } = input;
  const who = speakers(input.nodeset);
  const speech = new Map<string, Speech>();
  for (const node of graph.order) {
    if (node.type !== 'L') continue;
    const span = spanOf(source, node.nodeID);
    if (span && source) speech.set(node.nodeID, { kind: 'segment', text: source.text, ...span });
    else if (ext?.postNode === node.nodeID && postBody !== null) {
      speech.set(node.nodeID, { kind: 'post', text: postBody });
    } else speech.set(node.nodeID, addComment(input, node, who));
  }
  return speech;
}

/** TA from an earlier L to a later one: the later replies to the earlier. */
function importReplies(input: DialogueInput, speech: ReadonlyMap<string, Speech>): void {
  const { graph, builder, ext } = input;
  const parents = new Map<Id, Id>();
  const commentOf = (nodeID: string) => {
    const s = speech.get(nodeID);
    return s?.kind === 'comment' ? s.commentId : undefined;
  };
  if (ext) {
    for (const [nodeID, stored] of Object.entries(ext.comments)) {
      const child = commentOf(nodeID);
      if (child !== undefined && stored.parentId !== null) parents.set(child, stored.parentId);
    }
  }
  for (const node of graph.order) {
    if (node.type !== 'TA') continue;
    const from = neighbours(graph.into, node.nodeID)
      .map(commentOf)
      .find((c) => c !== undefined);
    if (from === undefined) continue;
    for (const to of neighbours(graph.out, node.nodeID)) {
      const child = commentOf(to);
      if (child !== undefined && child !== from && !parents.has(child)) parents.set(child, from);
    }
  }
  builder.setParents(parents);
}

/** The claim's words in `text`, tolerating a final full stop and letter case. */
function findWords(text: string, words: string): { start: number; end: number } | null {
  const candidates = [words, words.replace(/[.!?]+$/, '')];
  for (const candidate of candidates) {
    if (candidate.length === 0) continue;
    const at = text.indexOf(candidate);
    if (at !== -1) return { start: at, end: at + candidate.length };
  }
  const lower = text.toLowerCase();
  const lowerWords = (candidates[1] ?? words).toLowerCase();
  if (lower.length !== text.length || lowerWords.length === 0) return null;
  const at = lower.indexOf(lowerWords);
  return at === -1 ? null : { start: at, end: at + lowerWords.length };
}

function anchorOne(input: DialogueInput, yaID: string, where: Speech, claimId: Id): boolean {
  const { builder, ext } = input;
  const source: AnchorSource =
    where.kind === 'comment' ? { kind: 'comment', commentId: where.commentId } : { kind: 'post' };
  const stored = ext?.anchors[yaID];
  if (stored && builder.anchorStored(claimId, source, where.text, stored)) return true;
  const words = builder.claimText(claimId) ?? '';
  if (where.kind === 'segment') {
    const inSpan = where.text.slice(where.start, where.end);
    const found = builder.spend(inSpan.length) ? findWords(inSpan, words) : null;
    const start = found ? where.start + found.start : where.start;
    const end = found ? where.start + found.end : where.end;
    builder.anchorRange(claimId, source, where.text, start, end);
    return true;
  }
  if (!builder.spend(where.text.length * 2)) return false;
  const found = findWords(where.text, words);
  if (!found) return false;
  builder.anchorRange(claimId, source, where.text, found.start, found.end);
  return true;
}

/** L → YA → I: anchors. YAs on inferences (TA → YA → RA/CA) have no place in Crux. */
function importAnchors(input: DialogueInput, speech: ReadonlyMap<string, Speech>): void {
  const { graph, builder, claimOf } = input;
  for (const node of graph.order) {
    if (node.type !== 'YA') continue;
    const sources = neighbours(graph.into, node.nodeID);
    const targets = neighbours(graph.out, node.nodeID);
    const claims = targets.flatMap((id) => claimOf.get(id) ?? []);
    const speeches = sources.flatMap((id) => speech.get(id) ?? []);
    if (claims.length === 0 || speeches.length === 0) {
      builder.warnings.note(
        'illocution-elsewhere',
        (n) =>
          `${plural(n, 'illocution')} (YA) not between a locution and a proposition (e.g. TA → YA → RA) left out; the relations themselves are kept`,
        `node ${node.nodeID}`,
      );
      continue;
    }
    for (const where of speeches) {
      for (const claimId of claims) {
        if (!anchorOne(input, node.nodeID, where, claimId)) {
          builder.warnings.note(
            'unanchored',
            (n) =>
              `${plural(n, 'locution')} could not be anchored: the words of the proposition are not in the locution's text`,
            `YA node ${node.nodeID}`,
          );
        }
      }
    }
  }
}

export function importDialogue(input: DialogueInput): { locutions: number } {
  const speech = importLocutions(input);
  importReplies(input, speech);
  importAnchors(input, speech);
  return { locutions: speech.size };
}

// A Crux debate → AIF JSON (an AIFdb nodeset): claims as I nodes, each other phrasing of a claim
// as one more I node joined to it by an MA (Default Rephrase); each relation as an RA (supports)
// or CA (attacks) node with its two edges; each comment as an L node "Speaker : words" with its
// locution and participant; each anchor as a YA (Asserting) from the L node of its comment (or of
// the post, when claims are anchored there) to the claim; each reply as a TA from the parent's L
// node to the reply's. Scheme names and ids are AIFdb's. Node and edge ids are AIFdb-style
// numbers as strings; the `crux` key maps them back to Crux ids (aif-schema.ts).
import type { Debate, Id } from '../model';
import { postText } from '../text';
import { AIF_SCHEMES, type CruxAifExtension } from './aif-schema';

/** Written for comments and posts whose author the source did not name. */
export const UNNAMED_SPEAKER = 'Anonymous';

interface OutNode {
  nodeID: string;
  text: string;
  type: string;
  timestamp?: string;
  scheme?: string;
  schemeID?: string;
}

class Nodeset {
  readonly nodes: OutNode[] = [];
  readonly edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[] = [];
  readonly locutions: { nodeID: string; personID: string; timestamp?: string }[] = [];
  readonly participants: { participantID: string; firstname: string; surname: string }[] = [];
  private readonly people = new Map<string, string>();
  private nextNode = 1;
  private nextEdge = 1;

  node(type: string, text: string, extra: Partial<OutNode> = {}): string {
    const nodeID = String(this.nextNode++);
    this.nodes.push({ nodeID, text, type, ...extra });
    return nodeID;
  }

  scheme(type: string, scheme: { name: string; id: string }): string {
    return this.node(type, scheme.name, { scheme: scheme.name, schemeID: scheme.id });
  }

  edge(fromID: string, toID: string): void {
    this.edges.push({ edgeID: String(this.nextEdge++), fromID, toID, formEdgeID: null });
  }

  /** An L node "Speaker : words" with its locution and the speaker as a participant. */
  locution(speaker: string, words: string, timestamp: string | null): string {
    const nodeID = this.node('L', `${speaker} : ${words}`, timestamp ? { timestamp } : {});
    let personID = this.people.get(speaker);
    if (personID === undefined) {
      personID = String(this.people.size + 1);
      this.people.set(speaker, personID);
      this.participants.push({ participantID: personID, firstname: speaker, surname: '' });
    }
    this.locutions.push({ nodeID, personID, ...(timestamp ? { timestamp } : {}) });
    return nodeID;
  }
}

export function exportAif(debate: Debate): string {
  const out = new Nodeset();
  const ext: CruxAifExtension = {
    version: 1,
    debateId: debate.id,
    post: debate.post,
    postNode: null,
    claims: {},
    relations: {},
    comments: {},
    anchors: {},
  };
  const claimNodes = new Map<Id, string>();
  for (const claim of debate.claims) {
    const nodeID = out.node('I', claim.text);
    claimNodes.set(claim.id, nodeID);
    ext.claims[nodeID] = claim.id;
    if (claim.hidden || claim.aliases) {
      ext.claimExtras ??= {};
      ext.claimExtras[nodeID] = {
        ...(claim.hidden ? { hidden: true as const } : {}),
        ...(claim.aliases ? { aliases: claim.aliases } : {}),
      };
    }
  }
  // Phrasings after every claim, so a reader taking the first of an MA group as the claim (as
  // Crux does) finds the current wording.
  for (const claim of debate.claims) {
    const claimNode = claimNodes.get(claim.id) as string;
    for (const phrasing of claim.phrasings ?? []) {
      const rephrase = out.scheme('MA', AIF_SCHEMES.rephrase);
      out.edge(out.node('I', phrasing), rephrase);
      out.edge(rephrase, claimNode);
    }
  }
  for (const relation of debate.relations) {
    const from = claimNodes.get(relation.from);
    const to = claimNodes.get(relation.to);
    if (from === undefined || to === undefined) continue;
    const nodeID =
      relation.kind === 'supports'
        ? out.scheme('RA', AIF_SCHEMES.inference)
        : out.scheme('CA', AIF_SCHEMES.conflict);
    out.edge(from, nodeID);
    out.edge(nodeID, to);
    ext.relations[nodeID] = relation.id;
  }
  const sourceNodes = new Map<string, string>();
  if (debate.anchors.some((a) => a.source.kind === 'post')) {
    const { post } = debate;
    const nodeID = out.locution(post.author ?? UNNAMED_SPEAKER, postText(post), post.publishedAt);
    sourceNodes.set('post', nodeID);
    ext.postNode = nodeID;
  }
  for (const comment of debate.comments) {
    const { body, ...rest } = comment;
    const nodeID = out.locution(comment.author ?? UNNAMED_SPEAKER, body, comment.createdAt);
    sourceNodes.set(`comment:${comment.id}`, nodeID);
    ext.comments[nodeID] = rest;
  }
  for (const anchor of debate.anchors) {
    const key = anchor.source.kind === 'post' ? 'post' : `comment:${anchor.source.commentId}`;
    const from = sourceNodes.get(key);
    const to = claimNodes.get(anchor.claimId);
    if (from === undefined || to === undefined) continue;
    const nodeID = out.scheme('YA', AIF_SCHEMES.asserting);
    out.edge(from, nodeID);
    out.edge(nodeID, to);
    const { claimId: _claim, source: _source, ...selectors } = anchor;
    ext.anchors[nodeID] = selectors;
  }
  for (const comment of debate.comments) {
    if (comment.parentId === null) continue;
    const parent = sourceNodes.get(`comment:${comment.parentId}`);
    const child = sourceNodes.get(`comment:${comment.id}`);
    if (parent === undefined || child === undefined) continue;
    const nodeID = out.scheme('TA', AIF_SCHEMES.transition);
    out.edge(parent, nodeID);
    out.edge(nodeID, child);
  }
  const { nodes, edges, locutions, participants } = out;
  return `${JSON.stringify({ nodes, edges, locutions, participants, crux: ext }, null, 2)}\n`;
}

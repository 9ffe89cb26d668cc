// AIF JSON → a Crux debate. I nodes become claims (MA-joined rephrasings merge into one), each RA
// or CA becomes one relation per premise, L nodes become comments (speaker as author, in file
// order), TA gives reply order and L → YA → I becomes an anchor where the locution's text holds
// the claim's words (aif-dialogue.ts). The `crux` key of Crux's own exports restores ids, the
// post and exact anchors.
import type { z } from 'zod';
import type { Id, RelationKind } from '../model';
import { postText } from '../text';
import { importDialogue } from './aif-dialogue';
import { type AifGraph, Groups, indexAif, neighbours } from './aif-graph';
import {
  type AifNodeset,
  AifNodesetSchema,
  type CruxAifExtension,
  CruxAifExtensionSchema,
} from './aif-schema';
import { DebateBuilder } from './debate-builder';
import { ImportError, jsonPath, parseJson } from './errors';
import { htmlToText } from './html-text';
import { debateId, makePost } from './post';
import type { ImportContext, ImportedDebate } from './types';
import { plural } from './warnings';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The nodeset and, for OVA3's wrapper, the analysed source text. */
function unwrap(root: unknown): { nodeset: AifNodeset; sourceHtml: string | null } {
  if (!isObject(root)) {
    throw ImportError.atPath(
      'aif',
      '$',
      'an AIF object { "nodes": […], "edges": […] }',
      typeof root,
    );
  }
  const wrapped = isObject(root.AIF);
  const raw = wrapped ? root.AIF : root;
  const parsed = AifNodesetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = jsonPath([...(wrapped ? ['AIF'] : []), ...(issue?.path ?? [])]);
    throw ImportError.atPath('aif', path, expectedOf(issue));
  }
  const text = wrapped && typeof root.text === 'string' ? root.text : null;
  return { nodeset: parsed.data, sourceHtml: text };
}

function expectedOf(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'an AIF nodeset';
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `a value of type ${issue.expected}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

function readExtension(raw: unknown, notes: string[]): CruxAifExtension | null {
  if (raw === undefined) return null;
  const parsed = CruxAifExtensionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  notes.push(
    `The "crux" section was ignored (at ${jsonPath(['crux', ...(issue?.path ?? [])])}: ${issue?.message}); ids and anchors were derived from the AIF nodes instead.`,
  );
  return null;
}

/**
 * I nodes → claims. The nodes MA joins are one claim: the first in the file gives its wording,
 * the others are its phrasings.
 */
function importClaims(
  graph: AifGraph,
  builder: DebateBuilder,
  ext: CruxAifExtension | null,
): Map<string, Id> {
  const groups = new Groups();
  for (const node of graph.order) {
    if (node.type !== 'MA') continue;
    const members = [
      ...neighbours(graph.into, node.nodeID),
      ...neighbours(graph.out, node.nodeID),
    ].filter((id) => graph.nodes.get(id)?.type === 'I');
    for (const member of members.slice(1)) groups.union(members[0] as string, member);
  }
  const claimOf = new Map<string, Id>();
  const groupClaim = new Map<string, Id>();
  for (const node of graph.order) {
    if (node.type !== 'I') continue;
    const group = groups.find(node.nodeID);
    const merged = groupClaim.get(group);
    if (merged !== undefined) {
      // A rephrasing joined by MA: the same claim in other words.
      claimOf.set(node.nodeID, merged);
      builder.phrasing(merged, node.text);
      continue;
    }
    const extras = ext?.claimExtras?.[node.nodeID];
    const id = builder.claim(ext?.claims[node.nodeID], node.text, `node ${node.nodeID}`, extras);
    if (id === null) continue;
    groupClaim.set(group, id);
    claimOf.set(node.nodeID, id);
  }
  return claimOf;
}

const RELATION_KIND: Readonly<Record<string, RelationKind>> = { RA: 'supports', CA: 'attacks' };

/** Each RA/CA → one relation from each premise to each conclusion. */
function importRelations(
  graph: AifGraph,
  builder: DebateBuilder,
  claimOf: ReadonlyMap<string, Id>,
  ext: CruxAifExtension | null,
): void {
  for (const node of graph.order) {
    const kind = RELATION_KIND[node.type];
    if (kind === undefined) continue;
    const premises = neighbours(graph.into, node.nodeID).flatMap((id) => claimOf.get(id) ?? []);
    const targets = neighbours(graph.out, node.nodeID);
    const conclusions = targets.flatMap((id) => claimOf.get(id) ?? []);
    if (targets.some((id) => RELATION_KIND[graph.nodes.get(id)?.type ?? ''] !== undefined)) {
      builder.warnings.note(
        'undercut',
        (n) =>
          `${plural(n, 'inference or conflict')} aimed at another inference (an undercut) kept only where it also reaches a proposition`,
        `node ${node.nodeID}`,
      );
    }
    if (premises.length === 0 || conclusions.length === 0) {
      builder.warnings.note(
        'incomplete-relation',
        (n) =>
          `${plural(n, 'inference or conflict', 'inferences or conflicts')} without a premise or a conclusion left out`,
        `node ${node.nodeID}`,
      );
      continue;
    }
    const single = premises.length === 1 && conclusions.length === 1;
    for (const from of premises) {
      for (const to of conclusions) {
        builder.relation(from, to, kind, single ? ext?.relations[node.nodeID] : undefined);
      }
    }
  }
}

function noteSkippedTypes(graph: AifGraph, builder: DebateBuilder): void {
  const known = new Set(['I', 'L', 'RA', 'CA', 'MA', 'TA', 'YA']);
  for (const node of graph.order) {
    if (node.type === 'PA') {
      builder.warnings.note(
        'preference',
        (n) => `${plural(n, 'preference')} (PA) left out: Crux has no preferences`,
        `node ${node.nodeID}`,
      );
    } else if (!known.has(node.type)) {
      builder.warnings.note(
        'unknown-type',
        (n) => `${plural(n, 'node')} of an unknown type left out`,
        `node ${node.nodeID} (${JSON.stringify(node.type.slice(0, 12))})`,
      );
    }
  }
}

/** A title from a file name: "us2016-debate.json" → "us2016-debate". */
export function titleFromFilename(filename: string | undefined): string | null {
  if (!filename) return null;
  const base = filename.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/(\.[A-Za-z0-9]{1,8})+$/, '');
  return stem.length > 0 ? stem : null;
}

export function importAif(input: string, context: ImportContext): ImportedDebate {
  const { nodeset, sourceHtml } = unwrap(parseJson('aif', input));
  const notes: string[] = [];
  const ext = readExtension(nodeset.crux, notes);
  const builder = new DebateBuilder('aif');
  const graph = indexAif(nodeset.nodes, nodeset.edges, builder.warnings);
  const source = ext === null && sourceHtml !== null ? htmlToText(sourceHtml) : null;
  const claimOf = importClaims(graph, builder, ext);
  importRelations(graph, builder, claimOf, ext);
  noteSkippedTypes(graph, builder);
  const postBody = ext ? postText(ext.post) : (source?.text ?? null);
  const counts = importDialogue({ graph, nodeset, builder, claimOf, ext, source, postBody });
  const post =
    ext?.post ??
    makePost({
      title: null,
      fallbackTitle: titleFromFilename(context.filename) ?? 'AIF argument map',
      paragraphs: source?.paragraphs ?? [],
      fallbackParagraph: `Imported from AIF: ${plural(builder.claimCount, 'proposition')} and ${plural(counts.locutions, 'locution')}.`,
    });
  const id = context.id ?? ext?.debateId ?? debateId('aif', undefined, post.title);
  const debate = builder.build(debateId('aif', id, post.title), post);
  return { debate, events: [], warnings: [...notes, ...builder.warnings.list()] };
}

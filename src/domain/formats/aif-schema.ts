// AIF JSON as real files write it (FORMATS.md): AIFdb nodesets `{ nodes, edges, locutions?,
// participants? }`, or OVA3's `{ AIF: {…}, text: "<span id=\"node12\">…</span>", OVA: {…} }`.
// Read liberally: ids as strings or numbers, optional fields missing or null, unknown fields
// ignored. Crux writes one more top-level key, `crux`: what AIF cannot say (Crux ids, the post,
// comment threading and visibility, anchors' exact selectors), keyed by AIF node id, so a
// Crux → AIF → Crux round trip loses nothing while other tools simply ignore it.
import { z } from 'zod';
import { AnchorSchema, CommentSchema, IdSchema, PostSchema } from '../model';

/** The node types of AIF and the ones Crux reads. */
export const AIF_NODE_TYPES = ['I', 'L', 'RA', 'CA', 'MA', 'PA', 'TA', 'YA'] as const;

/** Scheme names and ids as AIFdb writes them (FORMATS.md). */
export const AIF_SCHEMES = {
  conflict: { name: 'Default Conflict', id: '71' },
  inference: { name: 'Default Inference', id: '72' },
  asserting: { name: 'Asserting', id: '74' },
  disagreeing: { name: 'Disagreeing', id: '78' },
  arguing: { name: 'Arguing', id: '80' },
  transition: { name: 'Default Transition', id: '82' },
  rephrase: { name: 'Default Rephrase', id: '144' },
} as const;

const AifId = z
  .union([z.string().min(1), z.number()], { error: 'an id (a number or a non-empty string)' })
  .transform(String);
const LooseText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((t) => (t === null || t === undefined ? '' : String(t)));
const LooseString = z.string().nullish().catch(null);

export const AifNodeSchema = z.object({
  nodeID: AifId,
  text: LooseText,
  type: z.string({ error: 'a node type such as "I", "L", "RA", "CA", "YA" or "TA"' }),
  timestamp: LooseString,
  scheme: LooseString,
});
export type AifNode = z.infer<typeof AifNodeSchema>;

export const AifEdgeSchema = z.object({
  edgeID: AifId.nullish(),
  fromID: AifId,
  toID: AifId,
});
export type AifEdge = z.infer<typeof AifEdgeSchema>;

export const AifLocutionSchema = z.object({
  nodeID: AifId,
  personID: AifId.nullish().catch(null),
  timestamp: LooseString,
});

export const AifParticipantSchema = z.object({
  participantID: AifId,
  firstname: LooseString,
  surname: LooseString,
});

export const AifNodesetSchema = z.object({
  nodes: z.array(AifNodeSchema, { error: 'a list of nodes' }),
  edges: z.array(AifEdgeSchema, { error: 'a list of edges' }),
  locutions: z.array(AifLocutionSchema).nullish(),
  participants: z.array(AifParticipantSchema).nullish(),
  crux: z.unknown().optional(),
});
export type AifNodeset = z.infer<typeof AifNodesetSchema>;

/** The `crux` key Crux writes into its AIF exports (see the top of this file). */
export const CruxAifExtensionSchema = z.object({
  version: z.literal(1),
  debateId: IdSchema,
  post: PostSchema,
  /** The L node that stands for the post (absent when no claim is anchored in the post). */
  postNode: z.string().nullable(),
  /** I node id → claim id. */
  claims: z.record(z.string(), IdSchema),
  /** I node id → what else the claim carries (phrasings are MA-joined I nodes instead). */
  claimExtras: z
    .record(
      z.string(),
      z.object({ hidden: z.literal(true).optional(), aliases: z.array(IdSchema).optional() }),
    )
    .optional(),
  /** RA/CA node id → relation id. */
  relations: z.record(z.string(), IdSchema),
  /** L node id → the comment without its body (the body is the L node's text). */
  comments: z.record(z.string(), CommentSchema.omit({ body: true })),
  /** YA node id → the anchor's id and selectors (its claim and source are the YA's edges). */
  anchors: z.record(z.string(), AnchorSchema.omit({ claimId: true, source: true })),
});
export type CruxAifExtension = z.infer<typeof CruxAifExtensionSchema>;

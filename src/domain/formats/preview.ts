// What the import API answers before (dry run) and after saving, as zod schemas the server
// builds and the client checks. Here, beside the formats, so both sides agree on one shape
// without the client bundling any importer (this file imports only zod and the model).
import { z } from 'zod';
import { type Debate, DebateSummarySchema, IdSchema } from '../model';
import { FORMAT_NAMES } from './types';

/** How many claims a preview shows: enough to recognise the debate, few enough to read. */
export const PREVIEW_CLAIMS = 5;

export const ImportCountsSchema = z.object({
  claims: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  anchors: z.number().int().nonnegative(),
  /** Events in a Crux JSON file's log (not stored: the debate starts a new log). */
  events: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export const ImportPreviewSchema = z.object({
  format: z.enum(FORMAT_NAMES),
  /** The id the debate would be saved under, and whether a debate already has it. */
  id: IdSchema,
  idTaken: z.boolean(),
  /** `id` itself when free, else the first free "id-n": what to import under instead. */
  freeId: IdSchema,
  title: z.string(),
  counts: ImportCountsSchema,
  /** The texts of the first PREVIEW_CLAIMS claims, in the file's order. */
  firstClaims: z.array(z.string()),
  /** What was dropped, merged or guessed ("12 locutions could not be anchored: …"). */
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportedSchema = z.object({
  format: z.enum(FORMAT_NAMES),
  debate: DebateSummarySchema,
  warnings: z.array(z.string()),
});
export type Imported = z.infer<typeof ImportedSchema>;

/** The line or JSON path of a refused file, beside the message that already names it. */
export const ImportProblemSchema = z.object({
  format: z.enum(FORMAT_NAMES).nullable(),
  line: z.number().int().positive().optional(),
  path: z.string().optional(),
  message: z.string(),
});

export function countsOf(debate: Debate, events: number): ImportCounts {
  return {
    claims: debate.claims.length,
    relations: debate.relations.length,
    comments: debate.comments.length,
    anchors: debate.anchors.length,
    events,
  };
}

export function firstClaims(debate: Debate): string[] {
  return debate.claims.slice(0, PREVIEW_CLAIMS).map((c) => c.text);
}

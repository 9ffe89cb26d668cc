// What every importer and exporter shares: the format names, what an import gives back, and the
// options the CLI and the API pass through.
import type { DebateEvent, EventUpsert } from '../events';
import type { Debate, Id } from '../model';

export const FORMAT_NAMES = ['aif', 'argdown', 'kialo', 'wordpress', 'crux'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** WordPress is read only: Crux has nowhere to send a post and its comments back to. */
export const EXPORT_FORMATS = ['aif', 'argdown', 'kialo', 'crux'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Imports larger than this are refused before parsing (the CLI and the API check the bytes too).
 * Here, not in index.ts, so the client can show it without bundling every importer.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const FORMAT_LABELS: Readonly<Record<FormatName, string>> = {
  aif: 'AIF JSON',
  argdown: 'Argdown',
  kialo: 'Kialo',
  wordpress: 'WordPress',
  crux: 'Crux JSON',
};

export interface ImportContext {
  /** The new debate's id; derived from the title when absent. */
  id?: Id;
  /** The file's name, used for a title when the file has none (AIF nodesets, Argdown). */
  filename?: string;
}

export interface ImportedDebate {
  /** Passes parseDebate: every invariant of the model holds. */
  debate: Debate;
  /**
   * The event log, only from Crux JSON (the other formats have none); seq 1..n, checked to
   * replay from `base` to `debate` (debate-log.ts), so a store may keep it as the debate's log.
   */
  events: DebateEvent[];
  /** The rows the debate held before event 1; absent when it began empty (or has no events). */
  base?: EventUpsert;
  /** What was dropped, merged or guessed, one line per kind, with counts and examples. */
  warnings: string[];
}

export type Importer = (text: string, context: ImportContext) => ImportedDebate;

// Interop: debates in from AIF, Argdown, Kialo, WordPress and Crux JSON, and out to all but
// WordPress. The CLI and the API are thin over these two functions: importDebate never throws for
// bad input (it returns the problem, with its line or JSON path), and nothing is saved until the
// caller saves the debate it returns.
import type { DebateEvent, EventUpsert } from '../events';
import type { Debate, Id } from '../model';
import { exportAif } from './aif-export';
import { importAif } from './aif-import';
import { exportArgdown } from './argdown-export';
import { importArgdown } from './argdown-import';
import { exportCruxJson, importCruxJson } from './crux-json';
import { type DebateLog, EMPTY_BASE } from './debate-log';
import { ImportError, type ImportProblem } from './errors';
import { exportKialo } from './kialo-export';
import { importKialo } from './kialo-import';
import { guessFormat } from './sniff';
import {
  type ExportFormat,
  type FormatName,
  type ImportContext,
  type ImportedDebate,
  type Importer,
  MAX_IMPORT_BYTES,
} from './types';
import { importWordPressJson } from './wordpress-rest';
import { importWordPressXml } from './wordpress-wxr';

export type { DebateLog } from './debate-log';
export { ImportError, type ImportProblem } from './errors';
export { guessFormat } from './sniff';
export * from './types';

function importWordPress(text: string, context: ImportContext): ImportedDebate {
  return text.trimStart().startsWith('<')
    ? importWordPressXml(text, context)
    : importWordPressJson(text, context);
}

export const IMPORTERS: Readonly<Record<FormatName, Importer>> = {
  aif: importAif,
  argdown: importArgdown,
  kialo: importKialo,
  wordpress: importWordPress,
  crux: importCruxJson,
};

export interface ImportOptions extends ImportContext {
  /** Guessed from the content and file name when absent. */
  format?: FormatName;
}

export type ImportOutcome =
  | ({ ok: true; format: FormatName } & ImportedDebate)
  | { ok: false; error: ImportProblem };

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Parses a file into a valid debate, or says precisely why it cannot. Saves nothing. */
export function importDebate(text: string, options: ImportOptions = {}): ImportOutcome {
  const { format: requested, ...context } = options;
  if (text.length > MAX_IMPORT_BYTES) {
    const message = `The file is ${megabytes(text.length)}; imports are limited to ${megabytes(MAX_IMPORT_BYTES)}. Split it, or import the debate in parts.`;
    return { ok: false, error: { format: requested ?? null, message } };
  }
  const format = requested ?? guessFormat(text, context.filename);
  if (format === null) {
    const message =
      'Cannot tell which format this file is in. Choose one: AIF JSON, Argdown, Kialo, WordPress or Crux JSON.';
    return { ok: false, error: { format: null, message } };
  }
  try {
    return { ok: true, format, ...IMPORTERS[format](text.replace(/^\uFEFF/, ''), context) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.problem };
    throw error;
  }
}

/**
 * The history a store keeps with an imported debate: its file's events (naming `debateId`, when
 * the debate is saved under another id), or none (seq 0).
 */
export function logOf(
  imported: ImportedDebate,
  debateId: Id = imported.debate.id,
): DebateLog | undefined {
  if (imported.events.length === 0) return undefined;
  const events = imported.events.map((event) => ({ ...event, debateId }));
  return { base: imported.base ?? EMPTY_BASE, events };
}

export interface Exported {
  text: string;
  mediaType: string;
  /** Without the dot: "aif.json", "argdown", "kialo.txt", "crux.json". */
  extension: string;
  /** A file name for a download: the debate id and the extension. */
  filename: string;
}

const EXPORTERS: Readonly<
  Record<
    ExportFormat,
    {
      run: (d: Debate, e: readonly DebateEvent[], base?: EventUpsert) => string;
      mediaType: string;
      extension: string;
    }
  >
> = {
  aif: { run: exportAif, mediaType: 'application/json', extension: 'aif.json' },
  argdown: { run: exportArgdown, mediaType: 'text/plain; charset=utf-8', extension: 'argdown' },
  kialo: { run: exportKialo, mediaType: 'text/plain; charset=utf-8', extension: 'kialo.txt' },
  crux: { run: exportCruxJson, mediaType: 'application/json', extension: 'crux.json' },
};

/**
 * The debate (and, for Crux JSON, its event log and the rows it began with, `base`) written in
 * `format`.
 */
export function exportDebate(
  debate: Debate,
  format: ExportFormat,
  events: readonly DebateEvent[] = [],
  base?: EventUpsert,
): Exported {
  const { run, mediaType, extension } = EXPORTERS[format];
  const text = run(debate, events, base);
  return { text, mediaType, extension, filename: `${debate.id}.${extension}` };
}

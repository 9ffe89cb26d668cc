// Interop: debates in from AIF, Argdown, Kialo, WordPress and Crux JSON, and out to all but
// WordPress. The CLI and the API are thin over these two functions: importDebate never throws for
// bad input (it returns the problem, with its line or JSON path), and nothing is saved until the
// caller saves the debate it returns.
import type { DebateEvent, EventUpsert } from '../events';
import type { Debate } from '../model';
import { exportAif } from './aif-export';
import { importAif } from './aif-import';
import { exportArgdown } from './argdown-export';
import { importArgdown } from './argdown-import';
import { exportCruxJson, importCruxJson } from './crux-json';
import { exportKialo } from './kialo-export';
import { importKialo } from './kialo-import';
import { type ImportOptions, type ImportOutcome, runImport } from './run-import';
import type { ExportFormat, FormatName, Importer } from './types';
import { importWordPress } from './wordpress';

export { type DebateLog, logOf } from './debate-log';
export { ImportError, type ImportProblem } from './errors';
export type { ImportOptions, ImportOutcome } from './run-import';
export { guessFormat } from './sniff';
export * from './types';

export const IMPORTERS: Readonly<Record<FormatName, Importer>> = {
  aif: importAif,
  argdown: importArgdown,
  kialo: importKialo,
  wordpress: importWordPress,
  crux: importCruxJson,
};

/** Parses a file into a valid debate, or says precisely why it cannot. Saves nothing. */
export function importDebate(text: string, options: ImportOptions = {}): ImportOutcome {
  return runImport(text, options, (format) => IMPORTERS[format]);
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

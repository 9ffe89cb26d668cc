// What every import does around its format's importer: the size limit, the format guessed from
// the content, and the importer's ImportError turned into an answer. Kept apart from index.ts
// (which loads every importer) so load-importer.ts can load only the one a file needs.
import { ImportError, type ImportProblem } from './errors';
import { guessFormat } from './sniff';
import {
  type FormatName,
  type ImportContext,
  type ImportedDebate,
  type Importer,
  MAX_IMPORT_BYTES,
} from './types';

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

/** The format a file will be read as: the one asked for, else guessed; null when unsure. */
export function formatOf(text: string, options: ImportOptions): FormatName | null {
  return options.format ?? guessFormat(text, options.filename);
}

/** Parses a file with the importer `importerFor` gives for its format. Saves nothing. */
export function runImport(
  text: string,
  options: ImportOptions,
  importerFor: (format: FormatName) => Importer,
): ImportOutcome {
  const { format: requested, ...context } = options;
  if (text.length > MAX_IMPORT_BYTES) {
    const message = `The file is ${megabytes(text.length)}; imports are limited to ${megabytes(MAX_IMPORT_BYTES)}. Split it, or import the debate in parts.`;
    return { ok: false, error: { format: requested ?? null, message } };
  }
  const format = formatOf(text, options);
  if (format === null) {
    const message =
      'Cannot tell which format this file is in. Choose one: AIF JSON, Argdown, Kialo, WordPress or Crux JSON.';
    return { ok: false, error: { format: null, message } };
  }
  try {
    return { ok: true, format, ...importerFor(format)(text.replace(/^\uFEFF/, ''), context) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.problem };
    throw error;
  }
}

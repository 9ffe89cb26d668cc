// The one error an importer may throw: what was wrong, where (a line of a text file or a JSON
// path) and what was expected, in words a person can act on. Anything else thrown is a bug.
import type { FormatName } from './types';
import { FORMAT_LABELS } from './types';

export interface ImportProblem {
  format: FormatName | null;
  /** 1-based line in the file, for text formats and JSON syntax errors. */
  line?: number;
  /** JSON path such as `$.nodes[3].type`, for structure errors in JSON files. */
  path?: string;
  message: string;
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }

  /** `Kialo, line 12: expected "1.2. Pro:" or "1.2. Con:"; found "1.2. Maybe:".` */
  static atLine(format: FormatName, line: number, expected: string, found?: string): ImportError {
    const message = `${FORMAT_LABELS[format]}, line ${line}: expected ${expected}${foundPart(found)}.`;
    return new ImportError({ format, line, message });
  }

  /** `AIF JSON, at $.nodes[3].type: expected a node type; found 7.` */
  static atPath(format: FormatName, path: string, expected: string, found?: string): ImportError {
    const message = `${FORMAT_LABELS[format]}, at ${path}: expected ${expected}${foundPart(found)}.`;
    return new ImportError({ format, path, message });
  }

  static general(format: FormatName | null, message: string): ImportError {
    const label = format === null ? '' : `${FORMAT_LABELS[format]}: `;
    return new ImportError({ format, message: `${label}${message}` });
  }
}

function foundPart(found: string | undefined): string {
  return found === undefined ? '' : `; found ${found}`;
}

/** A short, quoted excerpt of untrusted text for a message. */
export function excerpt(text: string, max = 40): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  return JSON.stringify(oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`);
}

/** `$.nodes[3].text` from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * JSON.parse with a syntax error turned into a line and column. V8 names the offset ("at
 * position 42", or "line 3 column 5" in newer versions); both are read.
 */
export function parseJson(format: FormatName, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(reason);
    const position = /position (\d+)/.exec(reason);
    const line = lineColumn
      ? Number(lineColumn[1])
      : position
        ? lineOf(text, Number(position[1]))
        : 1;
    const end = /end of JSON input/.test(reason) ? lineOf(text, text.length) : line;
    const what = reason.replace(/\s*\(line \d+ column \d+\).*$|\s*at position \d+.*$/, '');
    throw ImportError.atLine(format, end, 'valid JSON', `a syntax error (${what})`);
  }
}

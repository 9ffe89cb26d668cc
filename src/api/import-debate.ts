// POST /api/import: a file's text, previewed (?dryRun=1, nothing saved) or saved as a new debate.
// Sent with XMLHttpRequest, not fetch: only XHR reports upload progress, and a 20 MB file takes
// long enough on a slow line that the importer must see it move. Answers are checked with the
// same zod schemas the server builds them with; refusals become an ApiError whose `problem` says
// the line or JSON path of a refused file.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type Imported,
  ImportedSchema,
  type ImportPreview,
  ImportPreviewSchema,
  ImportProblemSchema,
} from '../domain/formats/preview';
import type { FormatName } from '../domain/formats/types';
import { ApiError } from './api-error';
import { sessionOptions } from './get-session';
import { debatesListOptions } from './list-debates';

export interface ImportRequest {
  text: string;
  /** The file's name: the server guesses the format and a title from it. */
  filename: string;
  /** Guessed from the content when absent. */
  format?: FormatName;
  /** The new debate's id; derived from the title when absent. */
  id?: string;
}

/** Bytes sent so far of `total`; `total` is 0 while the browser does not know it. */
export type UploadProgress = (loaded: number, total: number) => void;

export type ImportProblem = z.infer<typeof ImportProblemSchema>;

const RefusalSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  problem: ImportProblemSchema.optional(),
});

/** Where a refused file went wrong ("line 4", "$.nodes[3].type"), when the server said. */
export function importProblemOf(error: unknown): ImportProblem | null {
  if (!(error instanceof ApiError)) return null;
  const parsed = RefusalSchema.safeParse(error.body);
  return parsed.success ? (parsed.data.problem ?? null) : null;
}

function importUrl(request: ImportRequest, dryRun: boolean): string {
  const query = new URLSearchParams();
  if (request.format) query.set('format', request.format);
  if (request.id) query.set('id', request.id);
  if (dryRun) query.set('dryRun', '1');
  const search = query.toString();
  return `/api/import${search ? `?${search}` : ''}`;
}

function parseAnswer(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send<T>(
  request: ImportRequest,
  dryRun: boolean,
  schema: z.ZodType<T>,
  options: { csrfToken: string | null; onProgress?: UploadProgress; signal?: AbortSignal },
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(request, dryRun));
    xhr.setRequestHeader('content-type', 'text/plain; charset=utf-8');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(request.filename));
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (event) =>
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onerror = () =>
      reject(
        new ApiError(
          'Could not reach the server. Check your connection and try again.',
          0,
          'network',
        ),
      );
    xhr.onabort = () => reject(new DOMException('The import was cancelled.', 'AbortError'));
    xhr.onload = () => {
      const body = parseAnswer(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        const refusal = RefusalSchema.safeParse(body);
        const message = refusal.success
          ? refusal.data.error.message
          : `The server answered ${xhr.status} ${xhr.statusText}`.trim();
        const code = refusal.success ? refusal.data.error.code : 'http_error';
        reject(new ApiError(message, xhr.status, code, body));
        return;
      }
      const parsed = schema.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else
        reject(
          new ApiError(
            "The server's answer to the import was not in the expected shape.",
            xhr.status,
            'bad_response',
          ),
        );
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.text);
  });
}

export interface SendOptions {
  onProgress?: UploadProgress;
  signal?: AbortSignal;
}

/** The file read as a debate, with counts, the first claims and warnings; nothing is saved. */
export function previewImport(
  request: ImportRequest,
  csrfToken: string | null,
  options: SendOptions = {},
): Promise<ImportPreview> {
  return send(request, true, ImportPreviewSchema, { csrfToken, ...options });
}

/** Saves the file as a new debate (one transaction on the server). */
export function saveImport(
  request: ImportRequest,
  csrfToken: string | null,
  options: SendOptions = {},
): Promise<Imported> {
  return send(request, false, ImportedSchema, { csrfToken, ...options });
}

/** Both calls with the session's token read at the moment of sending; a save refreshes the list. */
export function useImportDebate() {
  const client = useQueryClient();
  const csrf = () => client.getQueryData(sessionOptions().queryKey)?.csrfToken ?? null;
  return {
    preview: (request: ImportRequest, options?: SendOptions) =>
      previewImport(request, csrf(), options),
    save: async (request: ImportRequest, options?: SendOptions) => {
      const imported = await saveImport(request, csrf(), options);
      await refreshDebates(client);
      return imported;
    },
  };
}

function refreshDebates(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: debatesListOptions().queryKey });
}

// GET /api/debates/:id/export?format=F: the debate as a file. Fetched (not a plain link) so the
// demo's in-page API answers it too (a service worker does not see downloads started by a link)
// and a refusal shows as a message instead of a page of JSON.
import { z } from 'zod';
import type { ExportFormat } from '../domain/formats/types';
import { ApiError } from './api-error';

export interface ExportedFile {
  blob: Blob;
  /** From Content-Disposition: "<debate id>.<extension>". */
  filename: string;
}

const FILENAME = /filename="([^"]+)"/;
const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export async function fetchExport(
  debateId: string,
  format: ExportFormat,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  const path = `/api/debates/${encodeURIComponent(debateId)}/export?format=${format}`;
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      'Could not reach the server. Check your connection and try again.',
      0,
      'network',
    );
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const refusal = ErrorBodySchema.safeParse(body);
    if (refusal.success) {
      const { message, code } = refusal.data.error;
      throw new ApiError(message, response.status, code, body);
    }
    throw new ApiError(`The server answered ${response.status}.`, response.status, 'http_error');
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = FILENAME.exec(disposition)?.[1] ?? `${debateId}.${format}`;
  return { blob: await response.blob(), filename };
}

// POST /api/import?format=&id=&dryRun=1 with the file as the body (text) → 200 ImportPreview (dry
// run: nothing saved) or 201 Imported (saved in ONE createDebate transaction, with the file's
// event log when it has one). 422 names the
// line or JSON path of a refused file, 409 a taken id, 413 a file over MAX_IMPORT_BYTES. The
// general 64 KB body limit does not apply here (app.ts skips IMPORT_PATH); this route's own does.
import type { Context, Hono, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { FORMAT_NAMES, importDebate, logOf, MAX_IMPORT_BYTES } from '../../src/domain/formats';
import {
  countsOf,
  firstClaims,
  type Imported,
  type ImportPreview,
} from '../../src/domain/formats/preview';
import { type Id, IdSchema } from '../../src/domain/model';
import { DebateExistsError, InvalidDebateError, type Store, summarize } from '../store/store';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { detachImportedAccounts } from './import-accounts';
import { requireAllowed, requireWriter } from './request';

export const IMPORT_PATH = '/api/import';

export type ImportPreviewResponse = ImportPreview;
export type ImportDebateResponse = Imported;

const QuerySchema = z.object({
  format: z
    .enum(FORMAT_NAMES, { error: `format must be one of ${FORMAT_NAMES.join(', ')}` })
    .optional(),
  id: IdSchema.optional(),
  dryRun: z.enum(['0', '1', 'true', 'false'], { error: 'dryRun must be 1 or 0' }).optional(),
});

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

function tooLarge(c: Context): Response {
  return errorResponse(
    c,
    413,
    'too_large',
    `The file is over ${MB(MAX_IMPORT_BYTES)}, the most an import reads. Split it, or import the debate in parts.`,
  );
}

/** The id itself when free, else the first free "id-n" (as the CLI picks). */
async function freeId(store: Store, id: Id): Promise<Id> {
  if (!(await store.getDebate(id))) return id;
  const base = id.slice(0, 58);
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await store.getDebate(candidate))) return candidate;
  }
}

function taken(c: Context, id: Id): Response {
  return errorResponse(
    c,
    409,
    'conflict',
    `A debate with id "${id}" already exists. Import it under another id (?id=…).`,
  );
}

/** The file's name as the client sent it (URI-encoded, since headers are Latin-1). */
function fileName(c: Context): string | undefined {
  const raw = c.req.header('x-file-name');
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

type Parsed = Extract<ReturnType<typeof importDebate>, { ok: true }>;

async function previewAnswer(c: Context, store: Store, outcome: Parsed): Promise<Response> {
  const { debate, events, warnings } = outcome;
  const available = await freeId(store, debate.id);
  return c.json<ImportPreviewResponse>({
    format: outcome.format,
    id: debate.id,
    idTaken: available !== debate.id,
    freeId: available,
    title: debate.post.title,
    counts: countsOf(debate, events.length),
    firstClaims: firstClaims(debate),
    warnings,
  });
}

async function saveAnswer(c: Context, store: Store, outcome: Parsed): Promise<Response> {
  const { debate, warnings } = outcome;
  try {
    // The importer checked the log replays to the debate; the store checks again (a boundary).
    await store.createDebate(debate, logOf(outcome));
  } catch (error) {
    if (error instanceof DebateExistsError) return taken(c, debate.id);
    if (error instanceof InvalidDebateError) return errorResponse(c, 422, 'invalid', error.message);
    throw error;
  }
  return c.json<ImportDebateResponse>(
    { format: outcome.format, debate: summarize(debate), warnings },
    201,
  );
}

async function handleImport(c: Context, deps: ApiDeps): Promise<Response> {
  const actor = await requireWriter(c, deps, 'debate.import');
  if (actor instanceof Response) return actor;
  const query = QuerySchema.safeParse(c.req.query());
  if (!query.success) {
    const issue = query.error.issues[0];
    const field = issue?.path.join('.') || 'query';
    return errorResponse(c, 400, 'bad_request', `Bad ${field}: ${issue?.message ?? 'invalid'}.`);
  }
  const { format, id, dryRun } = query.data;
  const text = await c.req.text();
  if (text.trim() === '') {
    return errorResponse(
      c,
      422,
      'invalid',
      'The file is empty. Choose a file with a debate in it.',
    );
  }
  const outcome = importDebate(text, { format, id, filename: fileName(c) });
  if (!outcome.ok) {
    return c.json(
      { error: { code: 'invalid', message: outcome.error.message }, problem: outcome.error },
      422,
    );
  }
  // No import makes an account here the author or actor of anything, preview included.
  const detached = await detachImportedAccounts(deps.store, outcome);
  return dryRun === '1' || dryRun === 'true'
    ? previewAnswer(c, deps.store, detached)
    : saveAnswer(c, deps.store, detached);
}

export function importDebateRoute(app: Hono, deps: ApiDeps): void {
  // Who may import is asked before the body is read, so a reader's 20 MB is refused at once.
  const allowed = async (c: Context, next: Next) => {
    const actor = await requireAllowed(c, deps, 'debate.import');
    if (actor instanceof Response) return actor;
    await next();
  };
  app.post(IMPORT_PATH, allowed, bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: tooLarge }), (c) =>
    handleImport(c, deps),
  );
}

// Crux JSON: the lossless format. `{ format: "crux", version: 1, debate, events?, base? }` where
// debate is the model's Debate as is (anchors, visibility, targets, everything), events is the
// debate's event log (events.ts) and base the rows the debate held before event 1 (absent when
// it began empty). A log is kept only if it replays from its base to the debate (debate-log.ts,
// decision 0009). A bare Debate object is read too.
import { z } from 'zod';
import {
  type DebateEvent,
  DebateEventSchema,
  type EventUpsert,
  EventUpsertSchema,
} from '../events';
import { type Debate, DebateSchema } from '../model';
import { validateDebate } from '../rules';
import { checkDebateLog, EMPTY_BASE, isEmptyBase } from './debate-log';
import { ImportError, jsonPath, parseJson } from './errors';
import { debateId } from './post';
import type { ImportContext, ImportedDebate } from './types';

export const CRUX_FORMAT_VERSION = 1;

const EnvelopeSchema = z.object({
  format: z.literal('crux', { error: 'format "crux"' }),
  version: z.literal(CRUX_FORMAT_VERSION, { error: `version ${CRUX_FORMAT_VERSION}` }),
  debate: z.unknown(),
  events: z.array(z.unknown(), { error: 'a list of events' }).optional(),
  base: z.unknown().optional(),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readEvents(raw: readonly unknown[], debateId: string, notes: string[]): DebateEvent[] {
  const events = raw.map((value, i) => {
    const parsed = DebateEventSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw ImportError.atPath(
      'crux',
      jsonPath(['events', i, ...(issue?.path ?? [])]),
      issue?.message ?? 'an event',
    );
  });
  events.forEach((event, i) => {
    if (event.seq !== i + 1) {
      throw ImportError.atPath(
        'crux',
        `$.events[${i}].seq`,
        `${i + 1} (events are numbered 1, 2, 3, … in order)`,
        String(event.seq),
      );
    }
  });
  if (events.some((e) => e.debateId !== debateId)) {
    notes.push(`The events named another debate id; they now name "${debateId}".`);
  }
  return events.map((event) => ({ ...event, debateId }));
}

function readBase(raw: unknown): EventUpsert {
  if (raw === undefined) return EMPTY_BASE;
  const parsed = EventUpsertSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw ImportError.atPath(
    'crux',
    jsonPath(['base', ...(issue?.path ?? [])]),
    issue?.message ?? 'the rows the debate began with',
  );
}

/** Refuses a log that does not replay from its base to the debate, naming the event. */
function checkLog(debate: Debate, base: EventUpsert, events: readonly DebateEvent[]): void {
  const check = checkDebateLog(debate, { base, events });
  if (check.ok) return;
  const path = check.seq === null ? '$.base' : `$.events[${check.seq - 1}]`;
  throw new ImportError({
    format: 'crux',
    path,
    message: `Crux JSON, at ${path}: ${check.message}`,
  });
}

export function importCruxJson(input: string, context: ImportContext): ImportedDebate {
  const root = parseJson('crux', input);
  if (!isObject(root)) throw ImportError.atPath('crux', '$', 'a Crux JSON object', typeof root);
  const enveloped = 'format' in root || 'debate' in root;
  let rawDebate: unknown = root;
  let rawEvents: readonly unknown[] = [];
  let rawBase: unknown;
  if (enveloped) {
    const envelope = EnvelopeSchema.safeParse(root);
    if (!envelope.success) {
      const issue = envelope.error.issues[0];
      throw ImportError.atPath(
        'crux',
        jsonPath(issue?.path ?? []),
        issue?.message ?? 'a Crux JSON envelope',
      );
    }
    rawDebate = envelope.data.debate;
    rawEvents = envelope.data.events ?? [];
    rawBase = envelope.data.base;
  }
  const shape = DebateSchema.safeParse(rawDebate);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    const path = [...(enveloped ? ['debate'] : []), ...(issue?.path ?? [])];
    throw ImportError.atPath('crux', jsonPath(path), issue?.message ?? 'a Crux debate');
  }
  const problems = validateDebate(shape.data);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw ImportError.general('crux', `The debate breaks the model's rules: ${problems[0]}${more}`);
  }
  const notes: string[] = [];
  const id = context.id === undefined ? shape.data.id : debateId('crux', context.id, '');
  const debate: Debate = { ...shape.data, id };
  const events = readEvents(rawEvents, debate.id, notes);
  const base = readBase(rawBase);
  if (events.length > 0 || rawBase !== undefined) checkLog(debate, base, events);
  return { debate, events, warnings: notes, ...(isEmptyBase(base) ? {} : { base }) };
}

/** The file; `base` is written only when there are events and the debate did not begin empty. */
export function exportCruxJson(
  debate: Debate,
  events: readonly DebateEvent[] = [],
  base: EventUpsert = EMPTY_BASE,
): string {
  const withBase = events.length > 0 && !isEmptyBase(base);
  const envelope = {
    format: 'crux',
    version: CRUX_FORMAT_VERSION,
    debate,
    events,
    ...(withBase ? { base } : {}),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

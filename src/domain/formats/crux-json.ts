// Crux JSON: the lossless format. `{ format: "crux", version: 1, debate, events? }` where debate
// is the model's Debate as is (anchors, visibility, targets, everything) and events is the
// debate's event log (events.ts). A bare Debate object is read too.
import { z } from 'zod';
import { type DebateEvent, DebateEventSchema } from '../events';
import { type Debate, DebateSchema } from '../model';
import { validateDebate } from '../rules';
import { ImportError, jsonPath, parseJson } from './errors';
import { debateId } from './post';
import type { ImportContext, ImportedDebate } from './types';

export const CRUX_FORMAT_VERSION = 1;

const EnvelopeSchema = z.object({
  format: z.literal('crux', { error: 'format "crux"' }),
  version: z.literal(CRUX_FORMAT_VERSION, { error: `version ${CRUX_FORMAT_VERSION}` }),
  debate: z.unknown(),
  events: z.array(z.unknown(), { error: 'a list of events' }).optional(),
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

export function importCruxJson(input: string, context: ImportContext): ImportedDebate {
  const root = parseJson('crux', input);
  if (!isObject(root)) throw ImportError.atPath('crux', '$', 'a Crux JSON object', typeof root);
  const enveloped = 'format' in root || 'debate' in root;
  let rawDebate: unknown = root;
  let rawEvents: readonly unknown[] = [];
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
  return { debate, events, warnings: notes };
}

export function exportCruxJson(debate: Debate, events: readonly DebateEvent[] = []): string {
  const envelope = { format: 'crux', version: CRUX_FORMAT_VERSION, debate, events };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

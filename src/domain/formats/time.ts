// Timestamps arrive as ISO 8601 with an offset (kept verbatim, decision 0003), as ISO without
// one, or as AIFdb's and WordPress's "2016-10-09 21:03:12". A time without an offset is read as
// UTC only when the source says so (WordPress's *_gmt fields; AIFdb, whose server clock is UTC):
// otherwise it is left out rather than guessed.
import { TimestampSchema } from '../model';

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)$/;

export function isoTimestamp(raw: unknown, assumeUtc: boolean): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text.length > 40 || text.startsWith('0000')) return null;
  if (TimestampSchema.safeParse(text).success) return text;
  const local = LOCAL.exec(text);
  if (!local || !assumeUtc) return null;
  const time = local[2]?.length === 5 ? `${local[2]}:00` : local[2];
  const iso = `${local[1]}T${time}Z`;
  return TimestampSchema.safeParse(iso).success && !Number.isNaN(Date.parse(iso)) ? iso : null;
}

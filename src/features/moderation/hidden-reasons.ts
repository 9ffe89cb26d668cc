// Why each hidden comment or claim was hidden, read from the moderation log (the rows carry only
// the flag). The log is newest first, so the first "Hid …" entry naming an id is its latest hide.
// The id is read from the entry's summary, which src/domain/moderation/log.ts writes as
// `Hid comment "id"` / `Hid claim "id" "text"`.
import type { ModerationLogEntry } from '../../api/moderation-log';

export interface HiddenReasons {
  comments: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, string>;
}

const HID = /^Hid (comment|claim) "([^"]+)"/;

export function hiddenReasons(entries: readonly ModerationLogEntry[]): HiddenReasons {
  const comments = new Map<string, string>();
  const claims = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type !== 'comment.hidden' && entry.type !== 'claim.hidden') continue;
    const match = HID.exec(entry.summary);
    const id = match?.[2];
    if (!id) continue;
    const into = match[1] === 'comment' ? comments : claims;
    if (!into.has(id)) into.set(id, entry.reason ?? 'no reason given');
  }
  return { comments, claims };
}

// Why each hidden comment or claim was hidden, read from the moderation log (the rows carry only
// the flag). The log is newest first, so the first hide naming an id (in its targets) is its
// latest hide.
import type { ModerationLogEntry } from '../../api/moderation-log';

export interface HiddenReasons {
  comments: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, string>;
}

export function hiddenReasons(entries: readonly ModerationLogEntry[]): HiddenReasons {
  const comments = new Map<string, string>();
  const claims = new Map<string, string>();
  for (const entry of entries) {
    const [into, ids] =
      entry.type === 'comment.hidden'
        ? [comments, entry.targets.comments]
        : entry.type === 'claim.hidden'
          ? [claims, entry.targets.claims]
          : [null, []];
    for (const id of ids)
      if (into && !into.has(id)) into.set(id, entry.reason ?? 'no reason given');
  }
  return { comments, claims };
}

// What the moderation controls share: the viewer's permissions and, for moderators, the log
// (names of who did what, and why each hidden thing was hidden).
import { useMemo } from 'react';
import { usePermission } from '../../api/get-permissions';
import { useModerationLog } from '../../api/moderation-log';
import { type HiddenReasons, hiddenReasons } from './hidden-reasons';

const NONE: HiddenReasons = { comments: new Map(), claims: new Map() };

/** Why hidden things were hidden; empty for anyone who may not read the log. */
export function useHiddenReasons(debateId: string): HiddenReasons {
  const mayRead = usePermission(debateId, 'moderation.log')?.ok === true;
  const log = useModerationLog(debateId, mayRead);
  return useMemo(() => (log.data ? hiddenReasons(log.data.entries) : NONE), [log.data]);
}

/** Account names by id, from the log's entries (the only names a moderator is served). */
export function useActorNames(debateId: string): ReadonlyMap<string, string> {
  const mayRead = usePermission(debateId, 'moderation.log')?.ok === true;
  const log = useModerationLog(debateId, mayRead);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const entry of log.data?.entries ?? []) {
      if (entry.actor?.name) names.set(entry.actor.id, entry.actor.name);
    }
    return names;
  }, [log.data]);
}

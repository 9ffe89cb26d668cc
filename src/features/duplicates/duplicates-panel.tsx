// "Likely duplicates", for the debate's moderators: the groups the server's duplicate index
// finds, strongest first, a page at a time, each with its score and its claims in context (where
// their words are in the post, and a button that selects the claim so the text shows them), and
// "Merge…". A big debate's list is built on the server first: meanwhile the panel shows how far
// it got (and the groups found so far) and the query asks again until it is ready. Asked only
// while the panel is open; closed, it costs one button.
import { useMemo, useState } from 'react';
import {
  DUPLICATE_PAGE_SIZE,
  type DuplicateGroupAnswer,
  type ListDuplicatesResponse,
  useDuplicates,
} from '../../api/list-duplicates';
import { useCan } from '../../api/use-can';
import type { Anchor, Claim, Id } from '../../domain/model';
import { useViewActions } from '../../state/hooks';
import { ErrorStatus, LoadingStatus } from '../../ui/status';
import '../../styles/merge.css';

export interface DuplicatesDebate {
  id: string;
  /** The overview's seq: the list is asked again whenever the debate changes. */
  seq: number;
  claims: readonly Claim[];
  /** The post's anchors (all the overview holds): shown as where a claim is said. */
  anchors: readonly Anchor[];
}

export function DuplicatesPanel({
  debate,
  onMerge,
}: {
  debate: DuplicatesDebate;
  /** Opens the merge dialog on these claims. */
  onMerge: (ids: readonly Id[]) => void;
}) {
  const allowed = useCan('claims.merge', debate.id);
  const [open, setOpen] = useState(false);
  if (!allowed?.ok) return null;
  return (
    <section className="duplicates" aria-labelledby="duplicates-heading">
      <div className="duplicates__header">
        <h2 id="duplicates-heading">Likely duplicates</h2>
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls="duplicates-list"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide duplicates' : 'Find duplicates'}
        </button>
      </div>
      <div id="duplicates-list" hidden={!open}>
        {open ? <DuplicateGroups debate={debate} onMerge={onMerge} /> : null}
      </div>
    </section>
  );
}

function DuplicateGroups({
  debate,
  onMerge,
}: {
  debate: DuplicatesDebate;
  onMerge: (ids: readonly Id[]) => void;
}) {
  const [offset, setOffset] = useState(0);
  const duplicates = useDuplicates(debate.id, debate.seq, offset, true);
  const claimsById = useMemo(() => new Map(debate.claims.map((c) => [c.id, c])), [debate.claims]);
  const wordsById = useMemo(() => {
    const words = new Map<Id, string>();
    for (const a of debate.anchors) if (!words.has(a.claimId)) words.set(a.claimId, a.quote.exact);
    return words;
  }, [debate.anchors]);
  if (duplicates.isPending) return <LoadingStatus>Comparing the claims…</LoadingStatus>;
  if (duplicates.isError) {
    return <ErrorStatus title="Could not list duplicates" error={duplicates.error} />;
  }
  const answer = duplicates.data;
  // A group whose claims went since (merged, hidden) waits for the refetch the event triggers.
  const shown = answer.groups.filter((g) => g.ids.filter((id) => claimsById.has(id)).length >= 2);
  const building = answer.status === 'building' ? <BuildingStatus answer={answer} /> : null;
  if (shown.length === 0 && answer.groupCount === 0) {
    return (
      building ?? <p>No likely duplicates among the {answer.claimCount.toLocaleString()} claims.</p>
    );
  }
  return (
    <>
      {building}
      <ol className="duplicates__groups" start={answer.offset + 1}>
        {shown.map((group, index) => (
          <GroupItem
            key={group.ids.join(',')}
            index={answer.offset + index + 1}
            group={group}
            claimsById={claimsById}
            wordsById={wordsById}
            onMerge={onMerge}
          />
        ))}
      </ol>
      <Pages answer={answer} onOffset={setOffset} />
    </>
  );
}

/** How far the server got building the list, as a progress bar with the count in words. */
function BuildingStatus({ answer }: { answer: ListDuplicatesResponse }) {
  const { phase = 'indexing', done = 0, total = answer.claimCount } = answer.progress ?? {};
  const doing = phase === 'indexing' ? 'Reading' : 'Comparing';
  const label = `${doing} the claims: ${done.toLocaleString()} of ${total.toLocaleString()}`;
  return (
    <div role="status" className="duplicates__building">
      <p>
        Building the list of likely duplicates. {label}.
        {answer.groupCount > 0 ? ' Groups found so far are listed below.' : ''}
      </p>
      <progress
        aria-label="Building the duplicates list"
        aria-valuetext={label}
        max={Math.max(1, total) * 2}
        value={(phase === 'indexing' ? 0 : total) + done}
      />
    </div>
  );
}

function Pages({
  answer,
  onOffset,
}: {
  answer: ListDuplicatesResponse;
  onOffset: (offset: number) => void;
}) {
  const { offset, groupCount } = answer;
  if (groupCount <= DUPLICATE_PAGE_SIZE && offset === 0) return null;
  const last = Math.min(groupCount, offset + DUPLICATE_PAGE_SIZE);
  return (
    <nav className="duplicates__pages" aria-label="Duplicate groups pages">
      <button
        type="button"
        className="button button--quiet"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - DUPLICATE_PAGE_SIZE))}
      >
        Stronger groups
      </button>{' '}
      <span>
        Groups {offset + 1}–{last} of {groupCount.toLocaleString()}
      </span>{' '}
      <button
        type="button"
        className="button button--quiet"
        disabled={last >= groupCount}
        onClick={() => onOffset(offset + DUPLICATE_PAGE_SIZE)}
      >
        Weaker groups
      </button>
    </nav>
  );
}

function GroupItem({
  index,
  group,
  claimsById,
  wordsById,
  onMerge,
}: {
  index: number;
  group: DuplicateGroupAnswer;
  claimsById: ReadonlyMap<Id, Claim>;
  wordsById: ReadonlyMap<Id, string>;
  onMerge: (ids: readonly Id[]) => void;
}) {
  const { claimSelected } = useViewActions();
  const ids = group.ids.filter((id) => claimsById.has(id));
  const headingId = `duplicate-group-${index}`;
  return (
    <li className="duplicates__group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Group {index}: {group.size - (group.ids.length - ids.length)} claims, {percent(group.score)}{' '}
        alike
      </h3>
      {group.size > group.ids.length ? (
        <p className="duplicates__more">
          Showing {group.ids.length} of its {group.size} claims and its {group.pairs.length}{' '}
          strongest pairs of {group.pairCount}.
        </p>
      ) : null}
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <q>{claimsById.get(id)?.text}</q>
            {wordsById.has(id) ? (
              <span className="duplicates__words"> — in the post: “{wordsById.get(id)}”</span>
            ) : null}{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => claimSelected(id)}
            >
              Show in text<span className="visually-hidden">: {claimsById.get(id)?.text}</span>
            </button>
          </li>
        ))}
      </ul>
      {group.pairs.length > 1 ? (
        <p className="duplicates__pairs">
          Pairs:{' '}
          {group.pairs
            .map(
              (p) =>
                `${shortText(claimsById, p.a)} ~ ${shortText(claimsById, p.b)} ${percent(p.score)}`,
            )
            .join('; ')}
        </p>
      ) : null}
      <button type="button" className="button button--primary" onClick={() => onMerge(ids)}>
        Merge…<span className="visually-hidden"> group {index}</span>
      </button>
    </li>
  );
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function shortText(claimsById: ReadonlyMap<Id, Claim>, id: Id): string {
  const text = claimsById.get(id)?.text ?? id;
  return text.length > 40 ? `“${text.slice(0, 39)}…”` : `“${text}”`;
}

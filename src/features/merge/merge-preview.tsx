// What the merge would do, from the preview route: the wording that survives and the ones kept
// as phrasings, the relations, anchored words and replies that move, and every conflict with how
// it is resolved. An opposite-stances conflict asks the moderator to choose (the merge waits).
import type { MergeConflictAnswer, MergePreviewAnswer } from '../../api/preview-merge';
import type { Claim, Id, RelationKind } from '../../domain/model';
import { conflictKey } from './merge-form';

const STANCE_WORDS = { supports: 'supports', attacks: 'attacks', question: 'asks about' } as const;

const RESOLUTION_WORDS: Record<MergeConflictAnswer['resolution'], string> = {
  dropped: 'dropped',
  'kept-one': 'one kept',
  chosen: 'your choice applies',
  kept: 'kept',
  unresolved: 'choose a stance',
};

export function MergePreviewView({
  preview,
  claimsById,
  stances,
  onStance,
}: {
  preview: MergePreviewAnswer;
  claimsById: ReadonlyMap<Id, Claim>;
  stances: Readonly<Record<string, RelationKind>>;
  onStance: (key: string, kind: RelationKind) => void;
}) {
  const textOf = (id: Id) => claimsById.get(id)?.text ?? id;
  const { moves } = preview;
  return (
    <section className="merge-preview" aria-label="Preview of the merge">
      <h3>After the merge</h3>
      <p>
        The claim reads: <q>{preview.survivor.text}</q>
      </p>
      {preview.phrasingsAdded.length > 0 ? (
        <>
          <p>Kept as other phrasings of it:</p>
          <ul>
            {preview.phrasingsAdded.map((p) => (
              <li key={p}>
                <q>{p}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>What moves to it</h4>
      <ul>
        <li>
          {count(moves.relations.length, 'relation')}
          {moves.relations.length > 0 ? ':' : ''}
          <ul>
            {moves.relations.map((r) => (
              <li key={r.id}>
                <q>{textOf(r.before.from)}</q> {r.kind} <q>{textOf(r.before.to)}</q>
              </li>
            ))}
          </ul>
        </li>
        <li>
          {count(moves.anchors.length, 'place in the text', 'places in the text')}
          {moves.anchors.length > 0 ? ':' : ''}
          <ul>
            {moves.anchors.map((a) => (
              <li key={a.id}>
                <q>{a.exact}</q> in {a.source.kind === 'post' ? 'the post' : 'a comment'}
              </li>
            ))}
          </ul>
        </li>
        <li>
          {count(moves.replies.length, 'reply', 'replies')}
          {moves.replies.length > 0 ? ':' : ''}
          <ul>
            {moves.replies.map((r) => (
              <li key={r.commentId}>
                a reply that {STANCE_WORDS[r.stance]} <q>{textOf(r.fromClaimId)}</q>
              </li>
            ))}
          </ul>
        </li>
      </ul>
      <Conflicts preview={preview} stances={stances} onStance={onStance} />
    </section>
  );
}

function Conflicts({
  preview,
  stances,
  onStance,
}: {
  preview: MergePreviewAnswer;
  stances: Readonly<Record<string, RelationKind>>;
  onStance: (key: string, kind: RelationKind) => void;
}) {
  if (preview.conflicts.length === 0) return <p>No conflicts.</p>;
  return (
    <>
      <h4>Conflicts</h4>
      <ul className="merge-preview__conflicts">
        {preview.conflicts.map((conflict) => {
          const key = conflictKey(conflict);
          return (
            <li key={`${conflict.kind}:${key}`}>
              <strong>{RESOLUTION_WORDS[conflict.resolution]}:</strong> {conflict.message}
              {conflict.kind === 'opposite-stances' ? (
                <StanceChoice
                  name={`stance-${key}`}
                  value={stances[key] ?? null}
                  onChange={(kind) => onStance(key, kind)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function StanceChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: RelationKind | null;
  onChange: (kind: RelationKind) => void;
}) {
  return (
    <fieldset className="merge-preview__stance">
      <legend>The merged claim…</legend>
      {(['supports', 'attacks'] as const).map((kind) => (
        <label key={kind} className="choice">
          <input
            type="radio"
            name={name}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          {kind === 'supports' ? 'supports it' : 'attacks it'}
        </label>
      ))}
    </fieldset>
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n === 0 ? 'No' : n} ${n === 1 ? one : many}`;
}

// The argument map as an outline, for screen readers and keyboard users: the same tree as the
// map (the same spanning tree, folding and selection), read as an indented list.
import type { Debate, Id } from '../../domain/model';
import { OutlineTree } from './outline-tree';
import { useOutlineModel } from './use-outline-model';
import '../../styles/outline.css';

/**
 * Only the claims and relations are read, so a debate overview without comments will do.
 * `onReply` (Shift+Enter on a row) is the page's "Reply to this claim"; without it the key does
 * nothing and the hint does not offer it.
 */
export function OutlineView({
  debate,
  onReply,
}: {
  debate: Pick<Debate, 'claims' | 'relations'>;
  onReply?: (id: Id) => void;
}) {
  const model = useOutlineModel(debate);
  return (
    <section className="outline" aria-labelledby="outline-heading">
      <div className="outline__toolbar">
        <h2 id="outline-heading" className="outline__heading">
          Argument outline
        </h2>
        <p id="outline-keys" className="outline__keys">
          ↑ ↓ move · → open · ← fold · Enter selects{onReply ? ' · Shift+Enter replies' : ''} · *
          opens a level · type to jump
        </p>
      </div>
      <OutlineTree model={model} label="Argument outline" onReply={onReply} />
    </section>
  );
}

// The argument map as an outline, for screen readers and keyboard users: the same tree as the
// map (the same spanning tree, folding and selection), read as an indented list.
import type { Debate } from '../../domain/model';
import { OutlineTree } from './outline-tree';
import { useOutlineModel } from './use-outline-model';
import '../../styles/outline.css';

/** Only the claims and relations are read, so a debate overview without comments will do. */
export function OutlineView({ debate }: { debate: Pick<Debate, 'claims' | 'relations'> }) {
  const model = useOutlineModel(debate);
  return (
    <section className="outline" aria-labelledby="outline-heading">
      <div className="outline__toolbar">
        <h2 id="outline-heading" className="outline__heading">
          Argument outline
        </h2>
        <p id="outline-keys" className="outline__keys">
          ↑ ↓ move · → open · ← fold · Enter selects · * opens a level · type to jump
        </p>
      </div>
      <OutlineTree model={model} label="Argument outline" />
    </section>
  );
}

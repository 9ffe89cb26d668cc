// "/": the debates a reader can open, each a link to its page. `actions` (composed by the app)
// sit under the heading: "Import a debate" for those who may.
import type { ReactNode } from 'react';
import { useDebatesList } from '../../api/list-debates';
import type { DebateSummary } from '../../domain/model';
import { debatePath, Link } from '../../ui/router';
import { ErrorStatus, FormattedDate, LoadingStatus } from '../../ui/status';
import '../../styles/debates-list.css';

export function DebatesListPage({ actions }: { actions?: ReactNode }) {
  const debates = useDebatesList();
  return (
    <div className="debates-list">
      <h1>Debates</h1>
      {actions}
      {debates.isPending ? (
        <LoadingStatus>Loading debates…</LoadingStatus>
      ) : debates.isError ? (
        <ErrorStatus title="Could not load the debates" error={debates.error} />
      ) : debates.data.debates.length === 0 ? (
        <p>No debates yet.</p>
      ) : (
        <ul className="debates-list__items">
          {debates.data.debates.map((debate) => (
            <DebateRow key={debate.id} debate={debate} />
          ))}
        </ul>
      )}
    </div>
  );
}

function DebateRow({ debate }: { debate: DebateSummary }) {
  return (
    <li className="debates-list__item">
      <h2 className="debates-list__title">
        <Link to={debatePath(debate.id)}>{debate.title}</Link>
      </h2>
      <p className="debates-list__meta">
        <span>{debate.author ?? 'Author not named'}</span>
        {debate.publishedAt ? (
          <>
            {' · '}
            <FormattedDate value={debate.publishedAt} />
          </>
        ) : null}
        {' · '}
        <span>{plural(debate.commentCount, 'comment')}</span>
        {' · '}
        <span>{plural(debate.claimCount, 'claim')}</span>
      </p>
    </li>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

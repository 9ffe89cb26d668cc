// /debates/:id: loads the debate and lays out the discussion and the map. One view store per
// debate (keyed by id), so opening another debate starts with nothing selected.
import { useEffect } from 'react';
import { useDebateEvents } from '../api/debate-events';
import { useDebate } from '../api/get-debate';
import { MergeStoreProvider } from '../features/merge/merge-store';
import { ViewStoreProvider } from '../state/view-store-provider';
import { debatesPath, Link } from '../ui/router';
import { ErrorStatus, LoadingStatus } from '../ui/status';
import { DebateLayout } from './debate-layout';
import { useClaimUrlSync } from './use-claim-url-sync';

export function DebateRoute({ debateId, claimId }: { debateId: string; claimId: string | null }) {
  return (
    <ViewStoreProvider key={debateId} initialState={{ selectedClaimId: claimId }}>
      <MergeStoreProvider>
        <DebatePage debateId={debateId} claimIdInUrl={claimId} />
      </MergeStoreProvider>
    </ViewStoreProvider>
  );
}

function DebatePage({ debateId, claimIdInUrl }: { debateId: string; claimIdInUrl: string | null }) {
  const debate = useDebate(debateId);
  // Live while the debate is open: other readers' replies and claims arrive without a reload.
  useDebateEvents(debateId, debate.isSuccess);
  useClaimUrlSync(debateId, claimIdInUrl);
  useDocumentTitle(debate.data ? `${debate.data.post.title} · Crux` : 'Crux');

  if (debate.isPending) return <LoadingStatus>Loading the debate…</LoadingStatus>;
  if (debate.isError) {
    return (
      <ErrorStatus title="Could not open this debate" error={debate.error} headingLevel={1}>
        <p>
          <Link to={debatesPath()}>See all debates</Link>
        </p>
      </ErrorStatus>
    );
  }
  return <DebateLayout debate={debate.data} />;
}

function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

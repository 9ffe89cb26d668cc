// The discussion (post + thread) and the map: side by side when wide, tabs when narrow. The
// element tree is the same in both, so crossing the breakpoint never remounts a pane.
import { useRef } from 'react';
import type { Debate } from '../domain/model';
import { SelectionClaimButton } from '../features/composer/selection-claim';
import { DebateExportMenu } from '../features/import-export/debate-export-menu';
import { useLandOnSurvivor } from '../features/merge/use-land-on-survivor';
import { PostView } from '../features/post/post-view';
import { ThreadView } from '../features/thread/thread-view';
import { useActivePane, useSelectedClaimId } from '../state/hooks';
import { useScrollIntoView } from '../ui/scroll-into-view';
import {
  LazyClaimReplyDialog,
  LazyCommentModeration,
  LazyMarkClaimDialog,
  LazyMergeDialog,
  LazyMergeTools,
  LazyModerationPanel,
  LazyMySuggestions,
} from './lazy-views';
import { MapPane } from './map-pane';
import { PaneTabs, paneIds } from './pane-tabs';
import { SelectionBar } from './selection-bar';
import { useMediaQuery, WIDE_QUERY } from './use-media-query';
import '../styles/debate-layout.css';

export function DebateLayout({ debate }: { debate: Debate }) {
  const wide = useMediaQuery(WIDE_QUERY, true);
  const activePane = useActivePane();
  const showThread = wide || activePane === 'thread';
  const showMap = wide || activePane === 'map';
  const tabpanel = (pane: 'thread' | 'map') =>
    wide ? {} : { role: 'tabpanel', id: paneIds[pane].panel, 'aria-labelledby': paneIds[pane].tab };
  return (
    <div className={`debate ${wide ? 'debate--wide' : 'debate--narrow'}`}>
      {wide ? null : <PaneTabs />}
      <SelectionBar debate={debate} narrow={!wide} />
      <div
        className="debate__pane debate__pane--thread"
        hidden={!showThread}
        {...tabpanel('thread')}
      >
        <DiscussionPane debate={debate} active={showThread} />
      </div>
      <div className="debate__pane debate__pane--map" hidden={!showMap} {...tabpanel('map')}>
        <MapPane debate={debate} active={showMap} />
      </div>
      <LazyClaimReplyDialog debate={debate} />
      <LazyMarkClaimDialog debate={debate} />
      <LazyMergeDialog debate={debate} />
    </div>
  );
}

function DiscussionPane({ debate, active }: { debate: Debate; active: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const selectedClaimId = useSelectedClaimId();
  useScrollIntoView(container, '.anchor-mark[data-selected="true"]', selectedClaimId, active);
  // Old links to merged claims (?claim=merged-id) land on the survivor.
  useLandOnSurvivor(debate.claims);
  return (
    <div ref={container} className="discussion">
      <PostView debate={debate} headerActions={<DebateExportMenu debateId={debate.id} />} />
      <LazyMySuggestions debateId={debate.id} />
      <LazyMergeTools debate={debate} />
      <LazyModerationPanel debate={debate} />
      <ThreadView
        debate={debate}
        commentActions={(comment, label) => (
          <LazyCommentModeration debateId={debate.id} comment={comment} label={label} />
        )}
      />
      <SelectionClaimButton debate={debate} container={container} />
    </div>
  );
}

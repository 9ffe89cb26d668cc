// The discussion (post + thread) and the map: side by side when wide, tabs when narrow. The
// element tree is the same in both, so crossing the breakpoint never remounts a pane.
import { useRef } from 'react';
import type { Debate } from '../domain/model';
import { ClaimReplyDialog } from '../features/composer/claim-reply-dialog';
import { MarkClaimDialog } from '../features/composer/mark-claim-dialog';
import { MySuggestions } from '../features/composer/my-suggestions';
import { SelectionClaimButton } from '../features/composer/selection-claim';
import { DebateExportMenu } from '../features/import-export/debate-export-menu';
import { MergeDialog } from '../features/merge/merge-dialog';
import { CommentModeration } from '../features/moderation/comment-moderation';
import { ModerationPanel } from '../features/moderation/moderation-panel';
import { PostView } from '../features/post/post-view';
import { ThreadView } from '../features/thread/thread-view';
import { useActivePane, useSelectedClaimId } from '../state/hooks';
import { useScrollIntoView } from '../ui/scroll-into-view';
import { MapPane } from './map-pane';
import { MergeTools } from './merge-tools';
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
      <ClaimReplyDialog debate={debate} />
      <MarkClaimDialog debate={debate} />
      <MergeDialog debate={debate} />
    </div>
  );
}

function DiscussionPane({ debate, active }: { debate: Debate; active: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const selectedClaimId = useSelectedClaimId();
  useScrollIntoView(container, '.anchor-mark[data-selected="true"]', selectedClaimId, active);
  return (
    <div ref={container} className="discussion">
      <PostView debate={debate} headerActions={<DebateExportMenu debateId={debate.id} />} />
      <MySuggestions debateId={debate.id} />
      <MergeTools debate={debate} />
      <ModerationPanel debate={debate} />
      <ThreadView
        debate={debate}
        commentActions={(comment, label) => (
          <CommentModeration debateId={debate.id} comment={comment} label={label} />
        )}
      />
      <SelectionClaimButton debate={debate} container={container} />
    </div>
  );
}

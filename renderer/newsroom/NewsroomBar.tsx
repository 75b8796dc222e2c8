import { describeSyncStatus } from '../../shared/collab/status';
import './newsroom.css';
import type { NewsroomView } from '../../shared/ipc';
import type { SharedStoryState } from './useSharedStory';

interface NewsroomBarProps {
  shared: SharedStoryState;
  newsroom: NewsroomView | null;
  onShare: () => void;
}

/**
 * The article bar's newsroom part: for a shared story its sync status ("Synced", "Offline, 3
 * changes waiting", "Not signed in: reason") and who else is in it; Share… when a server is set up.
 */
export function NewsroomBar({ shared, newsroom, onShare }: NewsroomBarProps) {
  const { session, status, peers } = shared;
  const isConfigured = newsroom?.serverUrl != null;
  if (!session && !isConfigured) return null;
  return (
    <span className="newsroom-bar">
      {session && status ? (
        <span className="sync-status" role="status" aria-label="Sync status" data-sync={status.kind}>
          {describeSyncStatus(status)}
        </span>
      ) : null}
      {peers.length > 0 ? (
        <span className="peers" aria-label="Also in this story">
          {peers.map((peer) => (
            <span key={peer.clientId} className="peer" title={`${peer.name} is in this story`}>
              <span className="peer-dot" style={{ backgroundColor: peer.colour }} role="img" aria-label={peer.name} />
              <span className="peer-name" aria-hidden="true">
                {peer.name}
              </span>
            </span>
          ))}
        </span>
      ) : null}
      {shared.error ? (
        <span className="error-text" role="alert">
          {shared.error}
        </span>
      ) : null}
      {isConfigured ? (
        <button type="button" onClick={onShare} title={session ? 'Change who may open this story' : 'Share this story through the newsroom server'}>
          {session ? 'Sharing…' : 'Share…'}
        </button>
      ) : null}
    </span>
  );
}

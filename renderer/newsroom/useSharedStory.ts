import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../shared/collab/status';
import { mergeSharedFields, type SharedArticleFields } from '../../shared/collab/storyDoc';
import { call, errorMessage, onEvent } from '../api';
import type { useArticleDocument } from '../article/useArticleDocument';
import { SharedSession, type Peer } from './sharedSession';

/** An open article's place in the newsroom: not shared, being joined, or joined with its status and the people in it. */
export interface SharedStoryState {
  /** True until main has said whether the article is shared (the editor waits for it). */
  isJoining: boolean;
  session: SharedSession | null;
  status: SyncStatus | null;
  peers: Peer[];
  error: string | null;
  /** Joins again: after sharing the article, or when the server setting changed. */
  rejoin(): void;
}

/**
 * Joins the open article's shared story, if it is one: remote changes to the fields, sources,
 * review decisions and log are merged into the article (private fields, evidence and the file's
 * slug stay this machine's) and autosaved; local changes are written into the story.
 */
export function useSharedStory(document: ReturnType<typeof useArticleDocument>, id: string): SharedStoryState {
  const [session, setSession] = useState<SharedSession | null>(null);
  const [isJoining, setIsJoining] = useState(true);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [joinCount, setJoinCount] = useState(0);
  const rejoin = useCallback(() => setJoinCount((count) => count + 1), []);
  const isLoaded = document.article !== null;
  const { mergeRemote, localChangeListener } = document;
  const joinedVersion = useRef(-1);
  const serverUrl = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (!isLoaded) return;
    let isCurrent = true;
    let joined: SharedSession | null = null;
    call('joinStory', { id }).then(
      (story) => {
        if (!isCurrent) {
          if (story) void call('leaveStory', { id });
          return;
        }
        if (story) {
          // Any remote change (a body edit, a caret) reports the fields; only a real difference is merged and saved.
          const mergeFields = (fields: SharedArticleFields) =>
            mergeRemote((current) => {
              const merged = mergeSharedFields(current, fields);
              return JSON.stringify(merged) === JSON.stringify(current) ? current : merged;
            });
          joined = new SharedSession(id, story, {
            onRemoteFields: mergeFields,
            onStatus: setStatus,
            onPeers: setPeers,
            onError: setError,
          });
          mergeFields(joined.fields());
          localChangeListener.current = (article) => joined?.writeFields(article);
          setStatus(story.status);
        }
        setSession(joined);
        setIsJoining(false);
      },
      (caught: unknown) => {
        if (!isCurrent) return;
        setError(errorMessage(caught));
        setIsJoining(false);
      },
    );
    return () => {
      isCurrent = false;
      joinedVersion.current = -1;
      localChangeListener.current = null;
      joined?.destroy();
      setSession(null);
      setPeers([]);
    };
  }, [id, isLoaded, joinCount, mergeRemote, localChangeListener]);

  // A restored revision (or a conflict resolved) replaces the body: it goes into the story as one change.
  const { contentVersion, article } = document;
  useEffect(() => {
    if (!session || !article) return;
    if (joinedVersion.current === -1) joinedVersion.current = contentVersion;
    else if (contentVersion !== joinedVersion.current) {
      joinedVersion.current = contentVersion;
      session.writeWhole(article);
    }
  }, [session, contentVersion]);

  // A changed server address means another connection: join again through it.
  useEffect(
    () =>
      onEvent('newsroom-changed', ({ newsroom }) => {
        if (serverUrl.current !== undefined && serverUrl.current !== newsroom.serverUrl) rejoin();
        serverUrl.current = newsroom.serverUrl;
      }),
    [rejoin],
  );
  useEffect(() => {
    void call('getNewsroom', undefined).then((view) => {
      serverUrl.current ??= view.serverUrl;
    }, () => undefined);
  }, []);

  return { isJoining, session, status, peers, error, rejoin };
}

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Article, BodyNode } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import { call, errorMessage, onEvent } from '../api';
import { SaveStatusStore } from './saveStatus';

const autosaveDelayMs = 800;
const retryDelayMs = 5_000;

/**
 * One open article: its fields, autosave within a second of the last change, explicit save,
 * retries after failures, and the conflict and recovery states. The body is read from the
 * editor only when saving, so typing never copies the document.
 */
export function useArticleDocument(id: string) {
  const [article, setArticle] = useState<Article | null>(null);
  const [recovered, setRecovered] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Save state and save time live in their own store: only what shows them renders when they change.
  const [saveStatus] = useState(() => new SaveStatusStore());
  const [contentVersion, setContentVersion] = useState(0);
  const articleRef = useRef<Article | null>(null);
  const bodyRef = useRef<() => BodyNode>(() => articleRef.current?.body ?? { type: 'doc' });
  const changeCount = useRef(0);
  const savedCount = useRef(0);
  const timer = useRef<number | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const blocked = useRef(false);
  /** Told of every change made here (a shared story writes it into its Y.Doc). */
  const localChangeListener = useRef<((article: Article) => void) | null>(null);

  const replace = useCallback((next: Article) => {
    articleRef.current = next;
    setArticle(next);
    setContentVersion((version) => version + 1);
    saveStatus.set({ savedAt: next.updatedAt });
  }, [saveStatus]);

  /**
   * Takes fields main changed (status, publication, slug, dates) without reloading the body, so the
   * editor keeps its undo history, selection, scroll position and find results.
   */
  const adopt = useCallback((saved: Article) => {
    const { body: _body, ...fields } = saved;
    articleRef.current = { ...(articleRef.current ?? saved), ...fields };
    setArticle(articleRef.current);
    saveStatus.set({ savedAt: saved.updatedAt });
    // A shared story takes them too (published, its status), so the other machines see them.
    localChangeListener.current?.(articleRef.current);
  }, [saveStatus]);

  /** Saves now; resolves to true when this call wrote the file (false when nothing needed saving or it failed). */
  const saveNow = useCallback(async (isExplicit: boolean): Promise<boolean> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (saving.current) await saving.current;
    const current = articleRef.current;
    if (!current || blocked.current || (!isExplicit && changeCount.current === savedCount.current)) return false;
    const target = changeCount.current;
    let isWritten = false;
    saveStatus.set({ state: { kind: 'saving' } });
    const run = call('saveArticle', { article: { ...current, body: bodyRef.current() }, isExplicit }).then(
      ({ article: saved }) => {
        isWritten = true;
        savedCount.current = target;
        const latest = articleRef.current ?? saved;
        articleRef.current = { ...latest, slug: saved.slug, updatedAt: saved.updatedAt };
        // A new save time alone renders only what shows it; a new slug (main may rename) renders the article.
        if (saved.slug !== latest.slug) {
          const next = articleRef.current;
          startTransition(() => setArticle(next));
        }
        saveStatus.set({ state: changeCount.current === target ? { kind: 'saved' } : { kind: 'pending' }, savedAt: saved.updatedAt });
        if (changeCount.current !== target) schedule(autosaveDelayMs);
      },
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'conflict') {
          blocked.current = true;
          saveStatus.set({ state: { kind: 'conflict', reason: error.message } });
          return;
        }
        saveStatus.set({ state: { kind: 'failed', reason: errorMessage(error) } });
        schedule(retryDelayMs);
      },
    );
    saving.current = run.finally(() => {
      saving.current = null;
    });
    await saving.current;
    return isWritten;
  }, [saveStatus]);

  const schedule = useCallback(
    (delay: number) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveNow(false), delay);
    },
    [saveNow],
  );

  const markChanged = useCallback(() => {
    changeCount.current += 1;
    if (!blocked.current) {
      // Only the first keystroke after a save changes the status (and renders the save indicator alone).
      const { state } = saveStatus.get();
      if (state.kind !== 'failed' && state.kind !== 'pending') saveStatus.set({ state: { kind: 'pending' } });
      schedule(autosaveDelayMs);
    }
  }, [schedule, saveStatus]);

  const update = useCallback(
    (change: Partial<Article>) => {
      if (!articleRef.current) return;
      articleRef.current = { ...articleRef.current, ...change };
      setArticle(articleRef.current);
      markChanged();
      localChangeListener.current?.(articleRef.current);
    },
    [markChanged],
  );

  /** Takes what another machine changed in a shared story (the body arrives through the editor) and autosaves it. */
  const mergeRemote = useCallback(
    (merge: (current: Article) => Article) => {
      if (!articleRef.current) return;
      const merged = merge(articleRef.current);
      // A merge that changed nothing is no edit: saving it would only move updatedAt (and race a publish).
      if (merged === articleRef.current) return;
      articleRef.current = merged;
      setArticle(articleRef.current);
      markChanged();
    },
    [markChanged],
  );

  useEffect(() => {
    let isCurrent = true;
    call('openArticle', { id }).then(
      (opened) => {
        if (!isCurrent) return;
        replace(opened.article);
        setRecovered(opened.recovered);
      },
      (error: unknown) => isCurrent && setLoadError(errorMessage(error)),
    );
    return () => {
      isCurrent = false;
      void saveNow(false);
    };
  }, [id, replace, saveNow]);

  useEffect(
    () =>
      onEvent('article-changed-on-disk', (payload) => {
        if (payload.id !== id) return;
        blocked.current = true;
        const reason = payload.isDeleted ? 'The file was deleted or became unreadable outside Copydesk.' : 'The file was changed by another program.';
        saveStatus.set({ state: { kind: 'conflict', reason } });
      }),
    [id, saveStatus],
  );

  useEffect(() => {
    // Leaving the window or closing it saves at once; the call reaches main before the page goes.
    const flush = () => void saveNow(false);
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, [saveNow]);

  const resolveConflict = useCallback(
    async (choice: 'reload-theirs' | 'keep-mine-as-copy') => {
      const mine = articleRef.current;
      if (!mine) return null;
      const result = await call('resolveConflict', { id, choice, mine: { ...mine, body: bodyRef.current() } });
      blocked.current = false;
      savedCount.current = changeCount.current;
      replace(result.article);
      saveStatus.set({ state: { kind: 'saved' } });
      return result.copy;
    },
    [id, replace, saveStatus],
  );

  const acceptRecovered = useCallback(() => {
    if (!recovered || !articleRef.current) return;
    replace({ ...recovered, slug: articleRef.current.slug });
    setRecovered(null);
    markChanged();
  }, [recovered, replace, markChanged]);

  const discardRecovered = useCallback(async () => {
    setRecovered(null);
    await call('discardRecovery', { id });
  }, [id]);

  return { article, loadError, saveStatus, contentVersion, recovered, bodyRef, update, markChanged, saveNow, replace, adopt, resolveConflict, acceptRecovered, discardRecovered, mergeRemote, localChangeListener };
}

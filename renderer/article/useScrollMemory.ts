import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { Settings } from '../../shared/ipc';
import { call } from '../api';
import { placeCaretInView, readingAnchor, restoreReadingAnchor } from './readingPosition';

/** How long a restore waits for the body to be drawn (a shared story joins first; a loaded machine is slow). */
const waitForBodyMs = 10_000;
/** How long a scroll must rest before its position is sent (a scroll fires many events a second). */
const rememberAfterMs = 500;

/**
 * Restores where the reporter was reading in the last open article and remembers it as they
 * scroll: by the body block at the top of the view (off-screen paragraphs have estimated heights,
 * so a pixel offset would land elsewhere), else by the pane's scroll offset. A restored block
 * also gets the caret, so the first focus of the editor does not scroll back to the top.
 */
export function useScrollMemory(id: string, settings: Settings, isLoaded: boolean, editor: Editor | null) {
  const pane = useRef<HTMLElement>(null);
  // Read when the restore has settled: the editor is made in the same commit as the loaded article.
  const editorRef = useRef(editor);
  editorRef.current = editor;
  useEffect(() => {
    const element = pane.current;
    if (!element || !isLoaded) return;
    const last = settings.lastOpen?.id === id ? settings.lastOpen : null;
    let frame: number | null = null;
    const giveUpAt = performance.now() + waitForBodyMs;
    const restore = () => {
      frame = null;
      if (!last) return;
      if (!element.querySelector('.body-editor') && performance.now() < giveUpAt) {
        frame = window.requestAnimationFrame(restore);
        return;
      }
      const placeCaret = () => {
        if (editorRef.current) placeCaretInView(element, editorRef.current);
      };
      if (!(last.anchor && restoreReadingAnchor(element, last.anchor, placeCaret))) element.scrollTop = last.scrollTop;
    };
    restore();
    let timer: number | null = null;
    const remember = () => {
      timer = null;
      const anchor = readingAnchor(element);
      void call('updateSettings', { lastOpen: { id, scrollTop: Math.round(element.scrollTop), ...(anchor ? { anchor } : {}) } }).catch(() => undefined);
    };
    const handleScroll = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(remember, rememberAfterMs);
    };
    // The window closing or hidden (minimised, another app in front, the machine going to sleep)
    // may be the last chance: a position still waiting for the scroll to rest goes at once.
    const rememberNow = () => {
      if (timer === null) return;
      window.clearTimeout(timer);
      remember();
    };
    const handleVisibility = () => {
      if (document.visibilityState === 'hidden') rememberNow();
    };
    element.addEventListener('scroll', handleScroll, { passive: true });
    window.addEventListener('pagehide', rememberNow);
    document.addEventListener('visibilitychange', handleVisibility);
    return () => {
      element.removeEventListener('scroll', handleScroll);
      window.removeEventListener('pagehide', rememberNow);
      document.removeEventListener('visibilitychange', handleVisibility);
      if (timer !== null) window.clearTimeout(timer);
      if (frame !== null) window.cancelAnimationFrame(frame);
    };
    // Settings are read once per opened article; later changes come from this hook itself.
  }, [id, isLoaded]);
  return pane;
}

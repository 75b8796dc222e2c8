import { useEffect, useRef } from 'react';
import type { Settings } from '../../shared/ipc';
import { call } from '../api';

/** Restores the pane's scroll position for the last open article and remembers it as the reporter scrolls. */
export function useScrollMemory(id: string, settings: Settings, isLoaded: boolean) {
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = pane.current;
    if (!element || !isLoaded) return;
    if (settings.lastOpen?.id === id) element.scrollTop = settings.lastOpen.scrollTop;
    let timer: number | null = null;
    const handleScroll = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => void call('updateSettings', { lastOpen: { id, scrollTop: Math.round(element.scrollTop) } }).catch(() => undefined), 500);
    };
    element.addEventListener('scroll', handleScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', handleScroll);
      if (timer !== null) window.clearTimeout(timer);
    };
    // Settings are read once per opened article; later changes come from this hook itself.
  }, [id, isLoaded]);
  return pane;
}

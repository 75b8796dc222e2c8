import { useEffect, useState } from 'react';
import type { NewsroomView } from '../../shared/ipc';
import { call, onEvent } from '../api';

/** The newsroom setting and connection as main reports them, kept current by its events. Null while loading. */
export function useNewsroom(): NewsroomView | null {
  const [view, setView] = useState<NewsroomView | null>(null);
  useEffect(() => {
    let isCurrent = true;
    call('getNewsroom', undefined).then((loaded) => isCurrent && setView(loaded), () => undefined);
    const stop = onEvent('newsroom-changed', ({ newsroom }) => setView(newsroom));
    return () => {
      isCurrent = false;
      stop();
    };
  }, []);
  return view;
}

import { createContext, useContext } from 'react';
import type { Source } from '../../shared/article/model';

/** The open article's sources, for node views and menus inside the editor. */
export const SourcesContext = createContext<Source[]>([]);

/** The open article's sources. */
export function useSources(): Source[] {
  return useContext(SourcesContext);
}

/** How a source is shown in menus: name, then title, with anonymous sources marked. */
export function sourceLabel(source: Source): string {
  const name = source.name || 'Unnamed source';
  const title = source.title ? `, ${source.title}` : '';
  return source.level === 'anonymous' ? `${name}${title} (anonymous)` : `${name}${title}`;
}

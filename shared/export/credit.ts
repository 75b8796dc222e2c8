import type { Source } from '../article/model';
import { visibleText } from './escape';

/** How a source may appear in print: a name only for on-record sources, else a description. */
export interface PublicCredit {
  /** The printed name, or `null` when the source may not be named. */
  name: string | null;
  /** Title and affiliation for named sources; the agreed description for unnamed ones. */
  description: string;
}

/**
 * The credit a source may receive in the published article. Sources on background or anonymous
 * are never named: they appear by their title (the agreed description) or as "Anonymous source".
 */
export function publicCredit(source: Source): PublicCredit {
  if (source.level !== 'on-record') {
    return { name: null, description: visibleText(source.title) || 'Anonymous source' };
  }
  const description = [source.title, source.affiliation]
    .map(visibleText)
    .filter(Boolean)
    .join(', ');
  const name = visibleText(source.name);
  return name ? { name, description } : { name: null, description: description || 'Unnamed source' };
}

/** Looks a source up by id; `null` when the id is empty or names no source of the article. */
export function findSource(sources: readonly Source[], sourceId: unknown): Source | null {
  if (typeof sourceId !== 'string' || sourceId === '') return null;
  return sources.find((source) => source.id === sourceId) ?? null;
}

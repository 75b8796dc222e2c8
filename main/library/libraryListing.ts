import type { Workspace } from '../articles/workspace';
import type { ArticleSummary, LibraryListing, LibraryQuery, RowSnippet } from '../../shared/ipc';
import { maxLibraryWindow } from '../../shared/ipc';
import type { FolderScan } from './coldRead';
import type { QueryAnswers } from './libraryQuery';
import type { LibrarySearch } from './librarySearch';
import { plainSummary } from './rowSnapshot';
import { snippetFromFile } from './snippets';
import type { SortedLists } from './sortedLists';

/** What the library's background work is doing, as a listing tells the window. */
export interface ListingProgress {
  isCheckingFolder: boolean;
  /** While a cold start reads the folder in the background: files read so far, of how many. */
  folderScan: FolderScan | null;
  /** After a cold read lists every file, while its workers check them in full. */
  isCheckingFiles: boolean;
}

/** The parts of a library a window of its list is made from; `version` and `progress` are read when asked. */
export interface ListingSource {
  workspace: Workspace;
  lists: SortedLists;
  search: LibrarySearch;
  answers: QueryAnswers;
  version(): number;
  progress(): ListingProgress;
}

/** One window of the library list for a query: search, status filter, sort, then `offset` and `limit`. */
export async function listWindow(source: ListingSource, query: LibraryQuery): Promise<LibraryListing> {
  const { rows, terms } = await source.answers.rows(query, source.lists, source.search, source.version);
  const offset = Math.min(query.offset ?? 0, rows.length);
  const window = rows.slice(offset, offset + (query.limit ?? maxLibraryWindow));
  const { isCheckingFolder, folderScan, isCheckingFiles } = source.progress();
  return {
    workspace: source.workspace.dir,
    articles: window.map((row: ArticleSummary) => ({ ...plainSummary(row), terms: terms?.get(row.id) ?? [] })),
    offset,
    matched: rows.length,
    unreadable: source.workspace.unreadable(),
    total: source.lists.size,
    index: source.search.state,
    isCheckingFolder,
    ...(folderScan ? { folderScan: { ...folderScan } } : {}),
    ...(isCheckingFiles ? { isCheckingFiles: true } : {}),
  };
}

/** Body text around the match for a few listed articles, read from their files. */
export async function snippetsFor(source: ListingSource, ids: readonly string[], search: string): Promise<RowSnippet[]> {
  const words = search.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const matched = source.answers.lastTerms;
  return Promise.all(
    ids.map(async (id) => {
      const entry = source.workspace.find(id);
      if (!entry || words.length === 0) return { id, text: '' };
      return { id, text: await snippetFromFile(source.workspace.dir, entry.fileName, [...(matched?.get(id) ?? []), ...words]) };
    }),
  );
}

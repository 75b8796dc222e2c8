import type { Article } from '../../shared/article/model';
import { describeArticle, type SearchDocument } from '../library/summary';
import type { WorkspaceEntry } from './entryRegistry';

/** At the latest, how long after a save the library hears of it when no caller settled sooner. */
const settleBackstopMs = 1_000;

/**
 * Saves the library has not heard of yet: with deferred library updates, a save over the same file
 * is only noted here, and its summary and search document are made once the save has replied
 * (`settle`), so a save's wait does not include indexing its text.
 */
export class PendingSaves {
  private readonly undescribed = new Map<string, { entry: WorkspaceEntry; article: Article }>();
  private settleSoon: NodeJS.Timeout | null = null;

  /** `describe` records an entry with its new summary and search document (the registry's `remember`). */
  constructor(private readonly describe: (entry: WorkspaceEntry, search: SearchDocument | null) => void) {}

  /** Notes a save not yet described (replacing an earlier one of the article), and starts the backstop. */
  note(entry: WorkspaceEntry, article: Article): void {
    this.undescribed.set(entry.id, { entry, article });
    // The caller settles once its reply is on its way (`settleAfterReply`); this is the backstop.
    this.settleSoon ??= setTimeout(() => this.settle(), settleBackstopMs).unref();
  }

  /** The entry of an article's save not yet settled (what is on disk now, as far as Copydesk wrote it). */
  entry(id: string): WorkspaceEntry | undefined {
    return this.undescribed.get(id)?.entry;
  }

  /** Drops an article's unsettled save: a later read, write or removal of its file replaced it. */
  drop(id: string): void {
    this.undescribed.delete(id);
  }

  /** Settles once the current call's reply has gone out (in the next turn of the event loop). */
  settleAfterReply(): void {
    if (this.undescribed.size > 0) setImmediate(() => this.settle());
  }

  /**
   * Tells the listener about saves it has not heard of yet (their new file facts, summaries and
   * search documents): runs once the save's reply has gone out (`settleAfterReply`; at the latest
   * a second after the save), and before anything lists or searches the library and before it
   * closes, so no reader sees an index older than the files. Only the latest save of each article
   * is described; a later read or removal of the article replaces it. Until then the listener's
   * entry keeps the old file's facts with the old summary, so an index snapshot taken meanwhile is
   * merely out of date (and re-read at the next start), never wrong.
   */
  settle(): void {
    if (this.settleSoon) clearTimeout(this.settleSoon);
    this.settleSoon = null;
    const waiting = [...this.undescribed.values()];
    this.undescribed.clear();
    for (const { entry, article } of waiting) {
      const { summary, search } = describeArticle(article, entry.fileName);
      this.describe({ ...entry, summary }, search);
    }
  }
}

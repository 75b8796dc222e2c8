import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { analyse } from '../../shared/attribution/index';
import { AppError } from '../../shared/errors';
import { renderArticleHtml } from '../../shared/export';
import type { ExportOutcome, Settings } from '../../shared/ipc';
import { analyserInputFor, blockingItems, publishChecklist, readyProblem } from '../../shared/publish';
import { writeFileDurably } from '../articles/durableWrite';
import { publishArticle } from '../export/publish';
import { readStylePack } from '../style/stylePack';
import { renderOptionsFor, standardsFor } from './standards';
import type { WorkspaceSession } from './workspaceSession';

/** What publishing needs from its caller: the open workspace, the settings and the clock. */
export interface PublishContext {
  session: WorkspaceSession;
  settings: Settings;
  now: () => string;
}

/**
 * Runs the publish checklist on the saved article, with the newsroom's standards (evidence setting,
 * the workspace's house style), and throws `export-blocked`, naming every item in the way, unless it
 * passes (errors always block; warnings unless confirmed) and the article is marked `ready`.
 */
export async function assertPublishable(context: PublishContext, id: string, confirmedWarningIds: readonly string[]) {
  const { session, settings } = context;
  const { article, hash } = await session.workspace.read(id);
  const { pack } = await readStylePack(session.workspace.dir);
  const analysis = analyse(analyserInputFor(article));
  const items = publishChecklist(article, analysis, { headline: settings.headlineLimit, dek: settings.dekLimit }, standardsFor(article, settings, pack));
  const blocking = blockingItems(items, confirmedWarningIds);
  const notReady = readyProblem(article);
  if (blocking.length > 0 || notReady) {
    const reasons = [...(notReady ? [notReady] : []), ...blocking.map((item) => `${item.label} (${item.reason})`)];
    throw new AppError('export-blocked', `“${article.headline || article.slug}” cannot be exported yet: ${reasons.join('; ')}`);
  }
  return { article, hash, items, analysis, pack };
}

/**
 * Publishes one saved article to `path`: the checklist must pass (errors always block; warnings
 * only when confirmed), the HTML is written atomically, and the article is marked published with
 * a revision snapshot. Returns the published article.
 */
export async function publishToFile(context: PublishContext, id: string, path: string, confirmedWarningIds: readonly string[]): Promise<Article> {
  const { session, settings, now } = context;
  const { article, hash, items, analysis, pack } = await assertPublishable(context, id, confirmedWarningIds);
  const at = now();
  try {
    await writeFileDurably(path, renderArticleHtml(article, renderOptionsFor(pack, analysis, at)));
  } catch (error) {
    throw new AppError('export-failed', `could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const who = settings.reviewerName || 'unnamed editor';
  const confirmed = items.filter((item) => item.severity === 'warning' && confirmedWarningIds.includes(item.id)).map((item) => ({ id: item.id, by: who }));
  const published = publishArticle(article, { at, confirmedWarnings: confirmed });
  const revisionId = await session.revisions.snapshot(published, 'publish');
  const withRevision = { ...published, publication: published.publication && { ...published.publication, revisionId } };
  // Main's own change over the version it checked: the editor's conflict base follows only if the editor was at that version.
  return session.workspace.update(withRevision, hash);
}

/** Publishes several articles into one folder, reporting each outcome and progress as it goes. */
export async function publishToFolder(context: PublishContext, ids: readonly string[], folder: string, onProgress: (done: number, label: string) => void): Promise<ExportOutcome[]> {
  const outcomes: ExportOutcome[] = [];
  await mkdir(folder, { recursive: true });
  for (const [index, id] of ids.entries()) {
    let headline = id;
    try {
      const { article: current } = await context.session.workspace.read(id);
      headline = current.headline || current.slug;
      const slug = current.slug;
      const article = await publishToFile(context, id, join(folder, `${slug}.html`), []);
      outcomes.push({ ok: true, id, headline: article.headline, fileName: `${article.slug}.html` });
    } catch (error) {
      outcomes.push({ ok: false, id, headline, reason: error instanceof Error ? error.message : String(error) });
    }
    onProgress(index + 1, headline);
  }
  return outcomes;
}

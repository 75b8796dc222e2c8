import type { Article } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import type { SavedArticle } from '../articles/workspace';
import { assertCorrectionsAppendOnly } from './standards';
import type { WorkspaceSession } from './workspaceSession';

/** Why a save keeps a revision: an explicit save, a restore, or none (an autosave, unless the status changed). */
export type RevisionReason = 'save' | 'restore' | null;

/**
 * The API's save of one article in an open workspace: the durable write under the article's lock
 * with its conflict check, then the revision (for `reason`, or for a status change). Any save that
 * does not land (a failed write, a conflict, a deleted folder) keeps the text in the recovery
 * folder first, so it is offered back even if the window closes before the reporter acts. Kept
 * apart from `createApi` so the crash test's child runs exactly this path without loading the
 * importers and the analyser.
 */
export async function saveInSession(session: WorkspaceSession, article: Article, reason: RevisionReason, now: () => string): Promise<Article> {
  const toSave = { ...article, updatedAt: now() };
  let outcome: SavedArticle;
  try {
    // Corrections are append-only: checked against the file as it is on disk, under the save's own read.
    outcome = await session.workspace.save(toSave, (previous) => assertCorrectionsAppendOnly(previous, toSave));
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'write-failed' && error.code !== 'conflict')) throw error;
    const isKept = await session.recovery.keep(toSave).then(() => true, () => false);
    if (error.code === 'conflict') throw error;
    throw new AppError(
      'write-failed',
      `${error.message}. ${isKept ? 'Your text is kept in Copydesk’s recovery folder and will be offered back' : 'Your text is still in the editor'}; Copydesk will retry.`,
    );
  }
  const saved = outcome.article;
  await session.recovery.discard(saved.id);
  const revisionReason = reason ?? (outcome.previousStatus !== saved.status ? 'status' : null);
  if (revisionReason) await session.revisions.snapshot(saved, revisionReason).catch(() => undefined);
  // The library indexes the saved text once the reply is on its way, not while the editor waits.
  session.workspace.settleAfterReply();
  return saved;
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { saveInSession } from '../../main/api/saving';
import { WorkspaceSession } from '../../main/api/workspaceSession';
import { AppError } from '../../shared/errors';
import { bodyOfWords } from './articles';

/**
 * Child process for the crash test through the whole API save path (`saveInSession`, the function
 * behind `saveArticle`: lock, conflict check, durable write, revision, recovery file, library
 * journal) in a session opened as the app opens one (crash clean-up, library, watcher). It loads
 * only that path, not the importers and the analyser, so it starts in a fraction of a second. It saves article A over and
 * over, once told "go" on stdin (every other save explicit, so revisions are written too) and, after each, tries to save
 * article B, whose file "another program" changed: every such save is a conflict and keeps the
 * text in the recovery folder. Prints the version number after both calls return.
 */
const [workspaceDir, userDataDir, idA, idB] = process.argv.slice(2);
if (!workspaceDir || !userDataDir || !idA || !idB) throw new Error('usage: apiSaveLoopChild <workspace> <userData> <idA> <idB>');
// Started ahead of its turn by the crash test: the code is loaded; the workspace is opened only on "go".
await new Promise<void>((go, fail) => {
  process.stdin.once('data', () => go());
  process.stdin.once('end', () => fail(new Error('stdin closed before "go"')));
});
const session = await WorkspaceSession.open(workspaceDir, userDataDir, { onArticleChangedOnDisk: () => undefined, onLibraryChanged: () => undefined });
const now = () => new Date().toISOString();
let a = await session.workspace.load(idA);
const b = await session.workspace.load(idB);
const pathB = join(workspaceDir, `${b.slug}.article.json`);
const theirs = JSON.parse(await readFile(pathB, 'utf8')) as Record<string, unknown>;
await writeFile(pathB, `${JSON.stringify({ ...theirs, dek: `changed by another program ${process.pid}` }, null, 2)}\n`);

for (let version = 1; ; version += 1) {
  a = await saveInSession(session, { ...a, headline: `Version ${version}`, body: bodyOfWords(version, 400 + (version % 7) * 300) }, version % 2 === 1 ? 'save' : null, now);
  try {
    await saveInSession(session, { ...b, headline: `Unsaved ${version}`, body: bodyOfWords(version + 100_000, 300) }, null, now);
    throw new Error('a save over another program’s change was not refused');
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
  }
  process.stdout.write(`${version}\n`);
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApi } from '../../main/api/createApi';
import { AppError } from '../../shared/errors';
import { bodyOfWords } from './articles';

/**
 * Child process for the crash test through the whole API save path. It saves article A over and
 * over (every other save explicit, so revisions are written too) and, after each, tries to save
 * article B, whose file "another program" changed: every such save is a conflict and keeps the
 * text in the recovery folder. Prints the version number after both calls return.
 */
const [workspaceDir, userDataDir, idA, idB] = process.argv.slice(2);
if (!workspaceDir || !userDataDir || !idA || !idB) throw new Error('usage: apiSaveLoopChild <workspace> <userData> <idA> <idB>');
const platform = { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined };
const main = await createApi({ workspaceDir, userDataDir, platform });
let { article: a } = await main.api.openArticle({ id: idA });
const { article: b } = await main.api.openArticle({ id: idB });
const pathB = join(workspaceDir, `${b.slug}.article.json`);
const theirs = JSON.parse(await readFile(pathB, 'utf8')) as Record<string, unknown>;
await writeFile(pathB, `${JSON.stringify({ ...theirs, dek: `changed by another program ${process.pid}` }, null, 2)}\n`);

for (let version = 1; ; version += 1) {
  ({ article: a } = await main.api.saveArticle({ article: { ...a, headline: `Version ${version}`, body: bodyOfWords(version, 400 + (version % 7) * 300) }, isExplicit: version % 2 === 1 }));
  try {
    await main.api.saveArticle({ article: { ...b, headline: `Unsaved ${version}`, body: bodyOfWords(version + 100_000, 300) }, isExplicit: false });
    throw new Error('a save over another program’s change was not refused');
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
  }
  process.stdout.write(`${version}\n`);
}

import { createApi } from '../../main/api/createApi';
import { paragraphs } from './articles';

/**
 * Child process for the read-only workspace test, run as an unprivileged user so that file
 * permissions apply: lists the library, then tries to save an edit. Prints what happened as JSON.
 */
const [workspaceDir, userDataDir, id] = process.argv.slice(2);
if (!workspaceDir || !userDataDir || !id) throw new Error('usage: readOnlyChild <workspace> <userData> <id>');
const main = await createApi({ workspaceDir, userDataDir, platform: { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined } });
// A warm start lists from the index and checks the folder in the background; wait for that check.
await main.session().library.whenIdle();
const listing = await main.api.getLibrary({ search: '', status: 'all', sort: 'updated' });
const { article } = await main.api.openArticle({ id });
let saveError: { code: string; message: string } | null = null;
try {
  await main.api.saveArticle({ article: { ...article, body: paragraphs('Words typed while the folder was read-only.') }, isExplicit: true });
} catch (error) {
  saveError = { code: (error as { code: string }).code, message: (error as Error).message };
}
process.stdout.write(JSON.stringify({ unreadable: listing.unreadable, saveError }));
await main.close();

import { createInterface } from 'node:readline';
import { createApi } from '../../main/api/createApi';
import { AppError } from '../../shared/errors';
import { paragraphs } from './articles';

/**
 * Child process for the two-writers test: one Copydesk process saving the same article as
 * another, through the whole API. It waits for "go" on stdin, then makes `saves` explicit saves;
 * each save's headline names it (`<label>-<n>`) and its body names the version it was based on.
 * On a conflict it reloads theirs, as a reporter would. Prints one JSON line per save.
 */
const [workspaceDir, userDataDir, id, label, count] = process.argv.slice(2);
if (!workspaceDir || !userDataDir || !id || !label || !count) throw new Error('usage: writerChild <workspace> <userData> <id> <label> <saves>');
const platform = { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined };
const main = await createApi({ workspaceDir, userDataDir, platform });
let { article } = await main.api.openArticle({ id });
process.stdout.write(`${JSON.stringify({ ready: label })}\n`);
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;

for (let n = 1; n <= Number(count); n += 1) {
  const base = article.headline;
  const name = `${label}-${n}`;
  try {
    ({ article } = await main.api.saveArticle({ article: { ...article, headline: name, body: paragraphs(`based on ${base}`, `saved by ${name}`) }, isExplicit: true }));
    process.stdout.write(`${JSON.stringify({ name, base, outcome: 'ok' })}\n`);
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'thrown';
    process.stdout.write(`${JSON.stringify({ name, base, outcome: code, message: error instanceof Error ? error.message : String(error) })}\n`);
    if (code === 'conflict') ({ article } = await main.api.resolveConflict({ id, choice: 'reload-theirs', mine: article }));
  }
}
await main.close();
process.exit(0);

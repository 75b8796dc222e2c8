import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateArticle } from '../../shared/article/migrate';
import { bodyOfWords } from './articles';

/**
 * Child process for the full-disk tests. The parent starts it under `ulimit -f`, so every file it
 * writes stops short at the limit exactly as on a full disk; it runs one kind of durable write
 * through the product's own code and prints the outcome as JSON. Each mode imports only the code it
 * runs, so a revision or recovery write does not load the importers and the analyser.
 */

// With io_uring the kernel forces SIGXFSZ even when the shell ignored it; a no-op handler keeps the
// process alive so the write returns short (then EFBIG), which is what a full disk does (short, then ENOSPC).
process.on('SIGXFSZ', () => undefined);

type Outcome = { ok: true } | { ok: false; code: string; message: string };

async function readArticle(path: string) {
  return migrateArticle(JSON.parse(await readFile(path, 'utf8')));
}

async function run(mode: string, args: string[]): Promise<Outcome> {
  const [first = '', second = '', third = '', fourth = ''] = args;
  switch (mode) {
    case 'save': {
      // The API's save (`saveInSession`, behind `saveArticle`) in a session opened as the app opens one.
      const { WorkspaceSession } = await import('../../main/api/workspaceSession');
      const { saveInSession } = await import('../../main/api/saving');
      const session = await WorkspaceSession.open(first, second, { onArticleChangedOnDisk: () => undefined, onLibraryChanged: () => undefined });
      const article = await session.workspace.load(third);
      try {
        await saveInSession(session, { ...article, body: bodyOfWords(7, Number(fourth)) }, null, () => new Date().toISOString());
      } finally {
        await session.close();
      }
      return { ok: true };
    }
    case 'revision': {
      const article = await readArticle(second);
      const { RevisionStore } = await import('../../main/articles/revisions');
      await new RevisionStore(first).snapshot({ ...article, body: bodyOfWords(8, Number(third)) }, 'save');
      return { ok: true };
    }
    case 'recovery': {
      const article = await readArticle(second);
      const { RecoveryStore } = await import('../../main/articles/recovery');
      await new RecoveryStore(join(first, 'recovery')).keep({ ...article, body: bodyOfWords(9, Number(third)) });
      return { ok: true };
    }
    case 'export': {
      const { exportArticles } = await import('../../main/export/exportArticles');
      const summary = await exportArticles([first], second, { preview: true, analyse: () => ({ quotes: [], findings: [] }) });
      const failure = summary.failed[0];
      return failure ? { ok: false, code: 'export-failed', message: failure.reason } : { ok: true };
    }
    case 'import': {
      const { importFilesToWorkspace } = await import('../../main/importers/importToWorkspace');
      const [outcome] = await importFilesToWorkspace([first], second);
      return outcome?.ok ? { ok: true } : { ok: false, code: outcome?.error.code ?? 'none', message: outcome?.error.message ?? 'no outcome' };
    }
    case 'index': {
      const { Library } = await import('../../main/library/library');
      const library = await Library.open(first, second);
      await library.flush();
      return { ok: true };
    }
    default:
      throw new RangeError(`unknown mode "${mode}"`);
  }
}

const [mode = '', ...args] = process.argv.slice(2);
let outcome: Outcome;
try {
  outcome = await run(mode, args);
} catch (error) {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'thrown';
  outcome = { ok: false, code, message: error instanceof Error ? error.message : String(error) };
}
process.stdout.write(JSON.stringify(outcome));

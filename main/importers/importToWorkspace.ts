import { mkdir, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { stageArticleFile } from '../articles/articleFile';
import { uniqueSlug } from '../../shared/article/slug';
import { AppError, type ErrorPayload } from '../../shared/errors';
import { checkImportSize, importFile } from './importFile';
import type { ImportInput, ImportOptions, ImportResult } from './types';

const articleSuffix = '.article.json';

/** The outcome for one file: the article file written and the import's result, or the error. */
export type WorkspaceImport =
  | { path: string; ok: true; written: string; result: ImportResult }
  | { path: string; ok: false; error: ErrorPayload };

/** Progress of a batch: which file, which of how many, and how it ended. */
export interface ImportProgress {
  path: string;
  index: number;
  total: number;
  outcome: 'imported' | 'failed';
}

/** Options for a batch import: the importer's collaborators plus a progress callback. */
export interface WorkspaceImportOptions extends ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Runs one import (the CLI passes the import thread's); defaults to `importFile` on this thread. */
  importer?: (input: ImportInput) => Promise<ImportResult>;
}

/**
 * Imports files into a workspace folder, one `<slug>.article.json` each, with a slug no other
 * article file there has. Each file's size is checked before it is read; a file that fails
 * writes nothing and does not stop the others.
 */
export async function importFilesToWorkspace(
  paths: string[],
  workspaceDir: string,
  options: WorkspaceImportOptions = {},
): Promise<WorkspaceImport[]> {
  await mkdir(workspaceDir, { recursive: true });
  const taken = new Set((await readdir(workspaceDir)).filter((name) => name.endsWith(articleSuffix)));
  const outcomes: WorkspaceImport[] = [];
  for (const [index, filePath] of paths.entries()) {
    const outcome = await importOne(filePath, workspaceDir, taken, options);
    outcomes.push(outcome);
    options.onProgress?.({ path: filePath, index, total: paths.length, outcome: outcome.ok ? 'imported' : 'failed' });
  }
  return outcomes;
}

async function importOne(filePath: string, workspaceDir: string, taken: Set<string>, options: WorkspaceImportOptions): Promise<WorkspaceImport> {
  const name = path.basename(filePath);
  try {
    const bytes = await readChecked(filePath, name);
    const result = await (options.importer ?? ((input: ImportInput) => importFile(input, options)))({ name, bytes });
    for (;;) {
      const slug = uniqueSlug(result.article.slug, (candidate) => taken.has(`${candidate}${articleSuffix}`));
      const article = { ...result.article, slug };
      const written = path.join(workspaceDir, `${slug}${articleSuffix}`);
      taken.add(`${slug}${articleSuffix}`);
      const { staged } = await stageArticleFile(written, article, { isExclusive: true });
      try {
        await staged.commit();
      } catch (error) {
        // Another program took the name since the folder was listed: try the next free one.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      return { path: filePath, ok: true, written, result: { ...result, article } };
    }
  } catch (error) {
    return { path: filePath, ok: false, error: toPayload(error, name) };
  }
}

/** Reads a file after checking its type and size, refusing anything but a regular file. */
export async function readChecked(filePath: string, name: string): Promise<Uint8Array> {
  const info = await stat(filePath).catch(() => null);
  if (!info) throw new AppError('unreadable-file', `${name}: the file does not exist or cannot be read`);
  if (!info.isFile()) throw new AppError('import-failed', `${name}: not a file`);
  checkImportSize(name, info.size);
  const handle = await open(filePath, 'r');
  try {
    const bytes = await handle.readFile();
    checkImportSize(name, bytes.length);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    await handle.close();
  }
}

function toPayload(error: unknown, name: string): ErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'write-failed', message: `${name}: ${reason}` };
}

import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Article } from '../../shared/article/model';
import type { AttributionResult } from '../../shared/attribution/types';
import { AppError } from '../../shared/errors';
import { renderArticleHtml } from '../../shared/export';
import { blockingItems, publishChecklist, type ChecklistItem, type ChecklistLimits } from '../../shared/publish';
import { contentHash, readArticleFile, serializeArticle, writeFileDurably } from '../articles/articleFile';
import { publishArticle } from './publish';

/** What happened to one file, reported as the batch goes. */
export interface ExportProgress {
  /** Files finished so far, this one included. */
  done: number;
  total: number;
  file: string;
  outcome: 'exported' | 'blocked' | 'failed';
}

/** How a batch is exported. `analyse` is the attribution analyser (injected, so tests and the CLI choose). */
export interface ExportOptions {
  /** Export despite unconfirmed warnings (recorded as confirmed by `confirmedBy`); never despite errors. */
  force?: boolean;
  /** Skip the checklist, write `<slug>.preview.html` with a draft banner, leave the article untouched. */
  preview?: boolean;
  analyse: (article: Article) => AttributionResult;
  onProgress?: (progress: ExportProgress) => void;
  /** Clock for the publication time; ISO 8601. */
  now?: () => string;
  /** Who confirmed warnings skipped with `force`. */
  confirmedBy?: string;
  limits?: ChecklistLimits;
}

/** The outcome of a batch: files written, files the checklist stopped, and files that could not be exported. */
export interface ExportSummary {
  exported: { file: string; output: string }[];
  blocked: { file: string; reasons: string[] }[];
  failed: { file: string; reason: string }[];
}

type FileOutcome =
  | { kind: 'exported'; output: string }
  | { kind: 'blocked'; reasons: string[] }
  | { kind: 'failed'; reason: string };

function describe(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function blockReasons(blocking: ChecklistItem[]): string[] {
  const reasons = blocking.map((item) => `${item.severity}: ${item.label}: ${item.reason}`);
  if (blocking.every((item) => item.severity === 'warning')) reasons.push('only warnings remain: use --force to export anyway');
  return reasons;
}

/** Writes the article back as published, unless another program changed the file since it was read. */
async function markPublished(file: string, hash: string, published: Article): Promise<void> {
  const current = await readFile(file);
  if (contentHash(current) !== hash) {
    throw new AppError('conflict', 'the article file changed on disk during the export; its status was not updated');
  }
  await writeFileDurably(file, serializeArticle(published));
}

async function exportPreview(article: Article, outDir: string): Promise<FileOutcome> {
  const output = join(outDir, `${article.slug}.preview.html`);
  await writeFileDurably(output, renderArticleHtml(article, { mode: 'preview' }));
  return { kind: 'exported', output };
}

async function exportPublished(file: string, hash: string, article: Article, outDir: string, options: ExportOptions): Promise<FileOutcome> {
  const items = publishChecklist(article, options.analyse(article), options.limits);
  const warnings = items.filter((item) => item.severity === 'warning');
  const blocking = blockingItems(items, options.force ? warnings.map((item) => item.id) : []);
  if (blocking.length > 0) return { kind: 'blocked', reasons: blockReasons(blocking) };
  const at = (options.now ?? (() => new Date().toISOString()))();
  const output = join(outDir, `${article.slug}.html`);
  await writeFileDurably(output, renderArticleHtml(article, { mode: 'publish', publishedAt: at }));
  const confirmedWarnings = warnings.map((item) => ({ id: item.id, by: options.confirmedBy ?? 'copydesk cli --force' }));
  try {
    await markPublished(file, hash, publishArticle(article, { at, confirmedWarnings }));
  } catch (error) {
    return { kind: 'failed', reason: `${output} was written, but the article was not marked published: ${describe(error)}` };
  }
  return { kind: 'exported', output };
}

async function exportOne(file: string, outDir: string, options: ExportOptions, slugs: Map<string, string>): Promise<FileOutcome> {
  try {
    const { article, hash } = await readArticleFile(file);
    const earlier = slugs.get(article.slug);
    if (earlier !== undefined) {
      return { kind: 'failed', reason: `its slug "${article.slug}" is also used by ${basename(earlier)} in this export` };
    }
    slugs.set(article.slug, file);
    return options.preview ? await exportPreview(article, outDir) : await exportPublished(file, hash, article, outDir, options);
  } catch (error) {
    return { kind: 'failed', reason: describe(error) };
  }
}

/**
 * Exports article files to `outDir` as `<slug>.html`, one at a time. Each file is read and
 * validated, checked with the publish checklist (errors always block; warnings block unless
 * `force`), written atomically, and marked published. With `preview` the checklist is skipped and
 * the article file is left untouched. One file's failure never stops the others.
 */
export async function exportArticles(files: readonly string[], outDir: string, options: ExportOptions): Promise<ExportSummary> {
  const summary: ExportSummary = { exported: [], blocked: [], failed: [] };
  const slugs = new Map<string, string>();
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new AppError('export-failed', `cannot create the output folder ${outDir}: ${describe(error)}`);
  }
  for (const [index, file] of files.entries()) {
    const outcome = await exportOne(file, outDir, options, slugs);
    if (outcome.kind === 'exported') summary.exported.push({ file, output: outcome.output });
    else if (outcome.kind === 'blocked') summary.blocked.push({ file, reasons: outcome.reasons });
    else summary.failed.push({ file, reason: outcome.reason });
    options.onProgress?.({ done: index + 1, total: files.length, file, outcome: outcome.kind });
  }
  return summary;
}

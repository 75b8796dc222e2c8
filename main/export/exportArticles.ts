import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Article } from '../../shared/article/model';
import type { AttributionResult } from '../../shared/attribution/types';
import { AppError } from '../../shared/errors';
import { articleJsonLd, renderArticleHtml, type RenderOptions } from '../../shared/export';
import { blockingItems, publishChecklist, readyProblem, type ChecklistItem, type ChecklistLimits, type EvidenceRequirement } from '../../shared/publish';
import { checkArticleStyle } from '../../shared/style/articleStyle';
import type { StylePackResult } from '../../shared/style/pack';
import { readArticleFile, writeFileDurably } from '../articles/articleFile';
import { replaceArticleFile } from '../articles/articleWriter';
import { readStylePack } from '../style/stylePack';
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
  /** Also write the schema.org JSON-LD beside each HTML file, as `<slug>.jsonld`. */
  jsonLd?: boolean;
  /** Which quotes must have evidence attached (the app's Settings choice); none by default. */
  evidence?: EvidenceRequirement;
  /** Told once per folder whose house-style rule pack could not be used, and why. */
  onStyleProblem?: (problem: string) => void;
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

/**
 * Writes the article back as published, unless another program changed the file since it was read:
 * the same locked check-and-rename as the app's saves, so a running Copydesk's save cannot interleave.
 */
async function markPublished(file: string, hash: string, published: Article): Promise<void> {
  try {
    await replaceArticleFile(dirname(file), { article: published, fileName: basename(file), oldFileName: basename(file), expectedHash: hash });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') throw new AppError('conflict', 'the article file changed on disk during the export; its status was not updated');
    throw error;
  }
}

/** Writes the HTML and, when asked, the JSON-LD beside it (`<name>.jsonld`). */
async function writeExport(outDir: string, name: string, article: Article, render: RenderOptions, options: ExportOptions): Promise<string> {
  const output = join(outDir, `${name}.html`);
  await writeFileDurably(output, renderArticleHtml(article, render));
  if (options.jsonLd) await writeFileDurably(join(outDir, `${name}.jsonld`), `${JSON.stringify(articleJsonLd(article, render), null, 2)}\n`);
  return output;
}

async function exportPreview(article: Article, outDir: string, style: StylePackResult, options: ExportOptions): Promise<FileOutcome> {
  const render: RenderOptions = { mode: 'preview', dateStyle: style.pack.dateStyle, timeZone: style.pack.timeZone };
  return { kind: 'exported', output: await writeExport(outDir, `${article.slug}.preview`, article, render, options) };
}

async function exportPublished(file: string, hash: string, article: Article, outDir: string, style: StylePackResult, options: ExportOptions): Promise<FileOutcome> {
  const analysis = options.analyse(article);
  const standards = { evidence: options.evidence ?? 'none', style: checkArticleStyle(article, style.pack.rules) } as const;
  const items = publishChecklist(article, analysis, options.limits, standards);
  const warnings = items.filter((item) => item.severity === 'warning');
  const blocking = blockingItems(items, options.force ? warnings.map((item) => item.id) : []);
  const notReady = readyProblem(article);
  const statusReasons = notReady ? [`error: Workflow status: ${notReady} (set it to ready in the app)`] : [];
  if (notReady || blocking.length > 0) return { kind: 'blocked', reasons: [...statusReasons, ...(blocking.length > 0 ? blockReasons(blocking) : [])] };
  const at = (options.now ?? (() => new Date().toISOString()))();
  const render: RenderOptions = { mode: 'publish', publishedAt: at, analysis, dateStyle: style.pack.dateStyle, timeZone: style.pack.timeZone };
  const output = await writeExport(outDir, article.slug, article, render, options);
  const confirmedWarnings = warnings.map((item) => ({ id: item.id, by: options.confirmedBy ?? 'copydesk cli --force' }));
  try {
    await markPublished(file, hash, publishArticle(article, { at, confirmedWarnings }));
  } catch (error) {
    return { kind: 'failed', reason: `${output} was written, but the article was not marked published: ${describe(error)}` };
  }
  return { kind: 'exported', output };
}

/** The rule pack of the workspace a file is in (its folder), read once per folder; problems are reported once. */
async function styleFor(file: string, packs: Map<string, Promise<StylePackResult>>, options: ExportOptions): Promise<StylePackResult> {
  const dir = dirname(file);
  let pack = packs.get(dir);
  if (!pack) {
    pack = readStylePack(dir).then((result) => {
      if (result.problem) options.onStyleProblem?.(`${dir}: ${result.problem}`);
      return result;
    });
    packs.set(dir, pack);
  }
  return pack;
}

async function exportOne(file: string, outDir: string, options: ExportOptions, slugs: Map<string, string>, packs: Map<string, Promise<StylePackResult>>): Promise<FileOutcome> {
  try {
    const { article, hash } = await readArticleFile(file);
    const earlier = slugs.get(article.slug);
    if (earlier !== undefined) {
      return { kind: 'failed', reason: `its slug "${article.slug}" is also used by ${basename(earlier)} in this export` };
    }
    slugs.set(article.slug, file);
    const style = await styleFor(file, packs, options);
    return options.preview ? await exportPreview(article, outDir, style, options) : await exportPublished(file, hash, article, outDir, style, options);
  } catch (error) {
    return { kind: 'failed', reason: describe(error) };
  }
}

/**
 * Exports article files to `outDir` as `<slug>.html` (and `<slug>.jsonld` with `jsonLd`), one at a
 * time. Each file is read and validated, must be marked `ready`, is checked with the publish
 * checklist and the house style of its folder's `.copydesk/style.json` (errors always block;
 * warnings block unless `force`), written atomically, and marked published. With `preview` the
 * checks are skipped and the article file is left untouched. One file's failure never stops the others.
 */
export async function exportArticles(files: readonly string[], outDir: string, options: ExportOptions): Promise<ExportSummary> {
  const summary: ExportSummary = { exported: [], blocked: [], failed: [] };
  const slugs = new Map<string, string>();
  const packs = new Map<string, Promise<StylePackResult>>();
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new AppError('export-failed', `cannot create the output folder ${outDir}: ${describe(error)}`);
  }
  for (const [index, file] of files.entries()) {
    const outcome = await exportOne(file, outDir, options, slugs, packs);
    if (outcome.kind === 'exported') summary.exported.push({ file, output: outcome.output });
    else if (outcome.kind === 'blocked') summary.blocked.push({ file, reasons: outcome.reasons });
    else summary.failed.push({ file, reason: outcome.reason });
    options.onProgress?.({ done: index + 1, total: files.length, file, outcome: outcome.kind });
  }
  return summary;
}

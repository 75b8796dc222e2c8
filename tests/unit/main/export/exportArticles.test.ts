import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/article/model';
import { publishedContentKey } from '../../../../shared/article/publication';
import type { AttributionResult } from '../../../../shared/attribution/types';
import { renderArticleHtml } from '../../../../shared/export';
import { loadArticleAnalyser } from '../../../../main/export/analyser';
import { exportArticles, type ExportOptions, type ExportProgress } from '../../../../main/export/exportArticles';
import { cleanAnalysis, paragraph, publishableArticle, text } from '../../../fixtures/export/articles';

const now = '2026-11-28T15:00:00.000Z';
let workspace: string;
let outDir: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'copydesk-export-'));
  outDir = join(workspace, 'out');
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function writeArticle(article: Article | Record<string, unknown>, name = `${String(article.slug)}.article.json`): Promise<string> {
  const file = join(workspace, name);
  await writeFile(file, `${JSON.stringify(article, null, 2)}\n`, 'utf8');
  return file;
}

function options(fields: Partial<ExportOptions> = {}): ExportOptions {
  return { analyse: () => cleanAnalysis(), now: () => now, ...fields };
}

const warningAnalysis: AttributionResult = {
  quotes: [],
  findings: [{ code: 'ambiguous-pronoun', severity: 'warning', message: '“He” could be two people.', paragraph: 0, start: 0, end: 2 }],
};

describe('exportArticles', () => {
  it('writes <slug>.html exactly as rendered and marks the article published', async () => {
    const article = publishableArticle();
    const file = await writeArticle(article);
    const progress: ExportProgress[] = [];
    const summary = await exportArticles([file], outDir, options({ onProgress: (event) => progress.push(event) }));
    const output = join(outDir, 'council-passes-budget.html');
    expect(summary).toEqual({ exported: [{ file, output }], blocked: [], failed: [] });
    expect(await readFile(output, 'utf8')).toBe(renderArticleHtml(article, { mode: 'publish', publishedAt: now }));
    const saved = JSON.parse(await readFile(file, 'utf8')) as Article;
    expect(saved.status).toBe('published');
    expect(saved.publication).toEqual({ at: now, revisionId: '', contentUpdatedAt: now, contentKey: publishedContentKey(article), confirmedWarnings: [] });
    expect(progress).toEqual([{ done: 1, total: 1, file, outcome: 'exported' }]);
  });

  it('blocks an article with checklist errors, writes nothing and leaves its file untouched', async () => {
    const file = await writeArticle(publishableArticle({ headline: '', bylines: [] }));
    const before = await readFile(file, 'utf8');
    const summary = await exportArticles([file], outDir, options({ force: true }));
    expect(summary.exported).toEqual([]);
    expect(summary.blocked).toEqual([{ file, reasons: ['error: Headline: The headline is empty.', 'error: Byline: The article has no byline.'] }]);
    expect(await readdir(outDir)).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('blocks on warnings without --force, and with it exports and records who confirmed them', async () => {
    const file = await writeArticle(publishableArticle());
    const blocked = await exportArticles([file], outDir, options({ analyse: () => warningAnalysis }));
    expect(blocked.blocked[0]?.reasons).toEqual([
      'warning: Ambiguous pronoun: “He” could be two people.',
      'only warnings remain: use --force to export anyway',
    ]);
    const forced = await exportArticles([file], outDir, options({ analyse: () => warningAnalysis, force: true, confirmedBy: 'ed' }));
    expect(forced.exported).toHaveLength(1);
    const saved = JSON.parse(await readFile(file, 'utf8')) as Article;
    expect(saved.publication?.confirmedWarnings).toEqual([{ id: 'finding:ambiguous-pronoun:0:0', by: 'ed' }]);
  });

  it('writes a preview despite checklist errors, never runs the analyser and never changes the article', async () => {
    const file = await writeArticle(publishableArticle({ headline: '', status: 'editing' }));
    const before = await readFile(file, 'utf8');
    const analyse = (): AttributionResult => {
      throw new Error('the analyser must not run for a preview');
    };
    const summary = await exportArticles([file], outDir, options({ preview: true, analyse }));
    const output = join(outDir, 'council-passes-budget.preview.html');
    expect(summary.exported).toEqual([{ file, output }]);
    expect(await readFile(output, 'utf8')).toContain('DRAFT — not for publication');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('reports unreadable, invalid and newer files as failed with the reason, and carries on', async () => {
    const good = await writeArticle(publishableArticle());
    const missing = join(workspace, 'gone.article.json');
    const broken = join(workspace, 'broken.article.json');
    await writeFile(broken, '{"schemaVersion": 2,', 'utf8');
    const newer = await writeArticle({ ...publishableArticle({ slug: 'newer' }), schemaVersion: 99 });
    const unsafeBody = { type: 'doc', content: [paragraph(text('x', { type: 'link', attrs: { href: 'javascript:alert(1)' } }))] };
    const unsafe = await writeArticle(publishableArticle({ slug: 'unsafe', body: unsafeBody }));
    const summary = await exportArticles([missing, broken, newer, unsafe, good], outDir, options());
    expect(summary.exported.map((entry) => entry.file)).toEqual([good]);
    expect(summary.failed.map((entry) => entry.file)).toEqual([missing, broken, newer, unsafe]);
    expect(summary.failed[0]?.reason).toBe('the file no longer exists');
    expect(summary.failed[1]?.reason).toContain('the JSON is broken or truncated');
    expect(summary.failed[2]?.reason).toContain('newer Copydesk');
    expect(summary.failed[3]?.reason).toContain('is not an http, https or mailto address');
  });

  it('refuses a second article with the same slug in one batch instead of overwriting the first', async () => {
    const first = await writeArticle(publishableArticle(), 'a.article.json');
    const second = await writeArticle(publishableArticle({ headline: 'Another story' }), 'b.article.json');
    const summary = await exportArticles([first, second], outDir, options());
    expect(summary.exported.map((entry) => entry.file)).toEqual([first]);
    expect(summary.failed).toEqual([{ file: second, reason: 'its slug "council-passes-budget" is also used by a.article.json in this export' }]);
    expect(await readFile(join(outDir, 'council-passes-budget.html'), 'utf8')).toContain('<h1>Council passes budget');
  });

  it('replaces an earlier export in place and leaves no temporary files', async () => {
    const file = await writeArticle(publishableArticle());
    await exportArticles([file], outDir, options());
    await writeArticle(publishableArticle({ headline: 'Council passes revised budget' }));
    await exportArticles([file], outDir, options());
    expect(await readdir(outDir)).toEqual(['council-passes-budget.html']);
    expect(await readFile(join(outDir, 'council-passes-budget.html'), 'utf8')).toContain('<h1>Council passes revised budget</h1>');
  });

  it('does not overwrite an article file another program changed during the export', async () => {
    const file = await writeArticle(publishableArticle());
    const theirs = `${JSON.stringify(publishableArticle({ headline: 'Changed elsewhere' }), null, 2)}\n`;
    const analyse = (): AttributionResult => {
      writeFileSync(file, theirs, 'utf8');
      return cleanAnalysis();
    };
    // The analyser runs between reading the file and marking it published: the other program writes then.
    const summary = await exportArticles([file], outDir, options({ analyse }));
    expect(summary.failed[0]?.reason).toMatch(/was written, but the article was not marked published: the article file changed on disk/);
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('works with the real attribution analyser', async () => {
    const file = await writeArticle(publishableArticle());
    const summary = await exportArticles([file], outDir, options({ analyse: await loadArticleAnalyser() }));
    expect(summary.exported).toHaveLength(1);
  });
});

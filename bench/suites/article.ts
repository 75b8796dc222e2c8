import { readArticleFile } from '../../main/articles/articleFile';
import { createAnalyser } from '../../shared/attribution/index';
import { renderArticleHtml } from '../../shared/export';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import { generateArticle, specForWords } from '../fixtures/article';
import { writeArticle } from '../fixtures/corpus';
import { callApi, startMain, tempWorkspace } from '../core/mainApi';
import { result, type Result, type Target } from '../core/results';
import { timeRuns } from '../core/stats';
import { measureSave } from './save';

/** The size the targets are set for. */
export const targetWords = 20_000;

const only = (words: number, targets: Target[]) => (words === targetWords ? targets : []);

/**
 * Measures, at one article size: reading and validating the file in main, opening it through the
 * API, saving it (`measureSave`, beside its same-run baseline), the attribution analysis and the
 * HTML export. Targets apply at 20,000 words; other sizes show scaling.
 */
export async function measureArticle(words: number, runs: number): Promise<Result[]> {
  const article = generateArticle(specForWords(words));
  const label = `${words.toLocaleString('en')} words`;
  const workspace = await tempWorkspace();
  const file = await writeArticle(workspace.workspaceDir, article);
  const main = await startMain(workspace);
  try {
    const read = await timeRuns(runs, () => readArticleFile(file));
    await callApi(main.api, 'openArticle', { id: article.id });
    const open = await timeRuns(runs, () => callApi(main.api, 'openArticle', { id: article.id }));
    const analysis = await timeRuns(runs, () => createAnalyser().analyse(analyserInputFor(article)), 2);
    const html = await timeRuns(runs, () => renderArticleHtml(article, { mode: 'publish', publishedAt: '2026-11-02T10:00:00.000Z' }), 2);
    return [
      result(`read+validate file, ${label} (main)`, 'ms', read),
      result(`openArticle API, ${label} (main)`, 'ms', open),
      // Saving, with its same-run baseline, has a suite of its own.
      ...(await measureSave(words, runs)),
      result(`attribution analysis, cold cache, ${label}`, 'ms', analysis, only(words, [{ stat: 'median', max: 100 }])),
      result(`export renderArticleHtml, ${label}`, 'ms', html, only(words, [{ stat: 'median', max: 50 }])),
    ];
  } finally {
    await main.close();
    await workspace.dispose();
  }
}


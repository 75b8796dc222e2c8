import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFile } from '../../main/articles/articleFile';
import { writeFileDurably } from '../../main/articles/durableWrite';
import { createAnalyser } from '../../shared/attribution/index';
import { renderArticleHtml } from '../../shared/export';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import { generateArticle, specForWords } from '../fixtures/article';
import { writeArticle } from '../fixtures/corpus';
import { callApi, startMain, tempWorkspace } from '../core/mainApi';
import { ratio, result, type Result, type Target } from '../core/results';
import { timeRuns } from '../core/stats';

/** The size the targets are set for. */
export const targetWords = 20_000;

const only = (words: number, targets: Target[]) => (words === targetWords ? targets : []);

/**
 * The baseline for the durable write: what a plain atomic write (write-file-atomic's way) costs
 * for the same bytes on the same disk: one write, fsync, close, rename, with no short-write loop,
 * no size or parse check and no folder sync.
 */
async function plainAtomicWrite(path: string, bytes: Buffer, run: number): Promise<void> {
  const temp = `${path}.${process.pid}.${run}`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}

/**
 * Measures, at one article size: reading and validating the file in main, an autosave through
 * the API (`saveArticle`: schema check, conflict check, atomic fsynced write), the attribution
 * analysis and the HTML export. Targets apply at 20,000 words; other sizes show scaling.
 */
export async function measureArticle(words: number, runs: number): Promise<Result[]> {
  const article = generateArticle(specForWords(words));
  const label = `${words.toLocaleString('en')} words`;
  const workspace = await tempWorkspace();
  const file = await writeArticle(workspace.workspaceDir, article);
  const main = await startMain(workspace);
  try {
    const read = await timeRuns(runs, () => readArticleFile(file));
    const { article: opened } = await callApi(main.api, 'openArticle', { id: article.id });
    const open = await timeRuns(runs, () => callApi(main.api, 'openArticle', { id: article.id }));
    let body = opened.body;
    const save = await timeRuns(runs, async (run) => {
      const saved = await callApi(main.api, 'saveArticle', { article: { ...opened, body, dek: `${opened.dek} ${run}` }, isExplicit: false });
      body = saved.article.body;
    });
    // The same bytes the save wrote, to a file of its own in the same folder: the durable write
    // with the article check against the plain atomic write, alternating so load hits both alike.
    const bytes = await readFile(file);
    const target = join(workspace.workspaceDir, 'bench-durable.bin');
    const durable: number[] = [];
    const plain: number[] = [];
    for (let run = -1; run < runs; run += 1) {
      const durableStart = performance.now();
      await writeFileDurably(target, bytes, { verify: (back) => void JSON.parse(back.toString('utf8')) });
      const middle = performance.now();
      await plainAtomicWrite(target, bytes, run);
      const end = performance.now();
      if (run < 0) continue;
      durable.push(middle - durableStart);
      plain.push(end - middle);
    }
    const analysis = await timeRuns(runs, () => createAnalyser().analyse(analyserInputFor(article)), 2);
    const html = await timeRuns(runs, () => renderArticleHtml(article, { mode: 'publish', publishedAt: '2026-11-02T10:00:00.000Z' }), 2);
    const saveRow = result(`save (saveArticle, atomic+fsync), ${label}`, 'ms', save, only(words, [{ stat: 'p95', max: 50 }]));
    const durableRow = result(`durable write (loop, verify, folder sync), ${label}`, 'ms', durable);
    const plainRow = result(`baseline: plain write+fsync+rename, ${label}`, 'ms', plain, [], 'same bytes, same folder, alternating with the durable write');
    return [
      result(`read+validate file, ${label} (main)`, 'ms', read),
      result(`openArticle API, ${label} (main)`, 'ms', open),
      saveRow,
      durableRow,
      plainRow,
      ratio(`durable write ÷ plain atomic write, ${label}`, durableRow, plainRow, null),
      ratio(`saveArticle ÷ plain atomic write, ${label}`, saveRow, plainRow, null),
      result(`attribution analysis, cold cache, ${label}`, 'ms', analysis, only(words, [{ stat: 'median', max: 100 }])),
      result(`export renderArticleHtml, ${label}`, 'ms', html, only(words, [{ stat: 'median', max: 50 }])),
    ];
  } finally {
    await main.close();
    await workspace.dispose();
  }
}


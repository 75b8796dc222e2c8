import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticleText } from '../../main/articles/articleFile';
import { writeFileDurably } from '../../main/articles/durableWrite';
import type { Article } from '../../shared/article/model';
import { generateArticle, specForWords } from '../fixtures/article';
import { writeArticle } from '../fixtures/corpus';
import { callApi, startMain, tempWorkspace } from '../core/mainApi';
import { ratio, result, type Result } from '../core/results';

/** The size the save target is set for (the benchmark article). */
const targetWords = 20_000;

/**
 * The baseline every save figure is judged against: what a plain atomic write (write-file-atomic's
 * way) costs for the same bytes on the same disk at the same moment: one write, fsync, close,
 * rename, with no short-write loop, no check, no folder sync, no lock and no conflict check.
 */
export async function plainAtomicWrite(path: string, bytes: Buffer, run: number): Promise<void> {
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

const time = async (task: () => unknown): Promise<number> => {
  const start = performance.now();
  await task();
  return performance.now() - start;
};

/**
 * Measures saving one article of `words` words through the API, as the editor does, each run
 * beside the baseline write of the same bytes, taken in turn so load on the machine hits all alike:
 * - an autosave (`saveArticle`: argument check, lock, conflict check, durable write, folder sync);
 * - an explicit save (Ctrl/Cmd+S: the same plus a revision);
 * - the library update each save hands on (summary, index journal, search index), which runs just
 *   after the save returns, as in the app where saves are a second or more apart;
 * - the durable write alone (short-write loop, parse check, read-back, folder sync).
 * The target (p95 ≤ 50 ms) applies to the autosave at 20,000 words.
 */
export async function measureSave(words: number, runs: number): Promise<Result[]> {
  const article = generateArticle(specForWords(words));
  const label = `${words.toLocaleString('en')} words`;
  const workspace = await tempWorkspace();
  const file = await writeArticle(workspace.workspaceDir, article);
  const main = await startMain(workspace);
  try {
    const { article: opened } = await callApi(main.api, 'openArticle', { id: article.id });
    let current: Article = opened;
    const save = async (run: number, isExplicit: boolean) => {
      const edited = { ...current, dek: `${opened.dek} ${run}${isExplicit ? ' kept' : ''}` };
      const took = await time(async () => {
        current = (await callApi(main.api, 'saveArticle', { article: edited, isExplicit })).article;
      });
      // What the save handed on for just after it returned; in the app it runs before the next save.
      const settled = await time(() => main.session().workspace.settle());
      return { took, settled };
    };
    const target = join(workspace.workspaceDir, 'bench-baseline.bin');
    const samples = { auto: [] as number[], explicit: [] as number[], settle: [] as number[], durable: [] as number[], plain: [] as number[] };
    for (let run = -2; run < runs; run += 1) {
      const bytes = await readFile(file);
      const auto = await save(run, false);
      const plain = await time(() => plainAtomicWrite(target, bytes, run));
      const explicit = await save(run, true);
      const text = bytes.toString('utf8');
      // The article check parses every time here (a save skips it for a text it has just parsed).
      const durable = await time(() => writeFileDurably(target, bytes, { verify: () => void parseArticleText(text) }));
      if (run < 0) continue;
      samples.auto.push(auto.took);
      samples.explicit.push(explicit.took);
      samples.settle.push(auto.settled, explicit.settled);
      samples.plain.push(plain);
      samples.durable.push(durable);
    }
    const autoRow = result(`save (saveArticle autosave: lock, conflict check, durable write), ${label}`, 'ms', samples.auto, words === targetWords ? [{ stat: 'p95', max: 50 }] : []);
    const explicitRow = result(`explicit save (saveArticle + revision), ${label}`, 'ms', samples.explicit);
    const durableRow = result(`durable write (loop, parse check, read-back, folder sync), ${label}`, 'ms', samples.durable);
    const plainRow = result(`baseline: plain write+fsync+rename, ${label}`, 'ms', samples.plain, [], 'same bytes, same folder, taken in turn with the saves');
    return [
      autoRow,
      { ...ratio(`save p95 ÷ baseline p95, ${label}`, { ...autoRow, median: autoRow.p95 }, { ...plainRow, median: plainRow.p95 }, null), note: 'p95 of autosaves ÷ p95 of the plain writes, same run' },
      ratio(`save ÷ plain atomic write, ${label}`, autoRow, plainRow, null),
      explicitRow,
      ratio(`explicit save ÷ plain atomic write, ${label}`, explicitRow, plainRow, null),
      result(`library update after a save (summary, index, search), ${label}`, 'ms', samples.settle, [], 'runs just after the save returns, off its wait'),
      durableRow,
      plainRow,
      ratio(`durable write ÷ plain atomic write, ${label}`, durableRow, plainRow, null),
    ];
  } finally {
    await main.close();
    await workspace.dispose();
  }
}

import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureCorpus } from '../fixtures/corpus';
import { plantedWord } from '../fixtures/words';
import { tempWorkspace } from '../core/mainApi';
import { ratio, result, type Result } from '../core/results';
import { timeWithSetup } from '../core/stats';
import { hasTool, missingToolMessage, run } from '../core/tools';
import type { LibraryMeasurement } from './library';

const repoRoot = join(import.meta.dirname, '..', '..');

async function freshDir(path: string): Promise<string> {
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { recursive: true });
  return path;
}

/**
 * Exports `count` articles through the CLI (`npx tsx main/cli/index.ts export … --preview`, one
 * process for the batch) and the same articles as Markdown through `pandoc -s`, one process per
 * article, and reports both and their ratio. Skips pandoc, saying how to install it, when missing.
 */
export async function compareBatchExport(count: number, runs: number, log: (line: string) => void, root?: string): Promise<Result[]> {
  const corpus = await ensureCorpus(`batch-${count}`, count, { isMarkdown: true, ...(root ? { root } : {}) });
  const scratch = await tempWorkspace('copydesk-bench-export-');
  const label = `${count.toLocaleString('en')} articles`;
  try {
    const cliOut = join(scratch.root, 'cli');
    const cli = await timeWithSetup(runs, () => freshDir(cliOut), async () => {
      await run('npx', ['tsx', 'main/cli/index.ts', 'export', ...corpus.files, '--out', cliOut, '--preview'], { cwd: repoRoot });
    });
    const written = (await readdir(cliOut)).filter((name) => name.endsWith('.preview.html')).length;
    if (written !== count) throw new Error(`the CLI wrote ${written} files, expected ${count}`);
    const copydesk = result(`batch export via CLI, ${label}`, 's', cli.map((ms) => ms / 1000), [], 'one process, --preview, fsynced writes');
    if (!hasTool('pandoc')) {
      log(missingToolMessage('pandoc', 'batch export vs pandoc'));
      return [copydesk];
    }
    const pandocOut = join(scratch.root, 'pandoc');
    const pandocSamples = await timeWithSetup(runs, () => freshDir(pandocOut), async () => {
      for (const [index, file] of corpus.markdownFiles.entries()) await run('pandoc', ['-s', file, '-o', join(pandocOut, `story-${index + 1}.html`)]);
    });
    const pandoc = result(`batch export via pandoc -s, ${label}`, 's', pandocSamples.map((ms) => ms / 1000), [], 'one process per article');
    return [copydesk, pandoc, ratio(`batch export: pandoc ÷ Copydesk, ${label}`, pandoc, copydesk, true)];
  } finally {
    await scratch.dispose();
  }
}

/**
 * Searches the library's files for the planted word with `rg -l -w` (no index, one process per
 * search) and reports it against the library's warm search from the same run.
 */
export async function compareSearch(library: LibraryMeasurement, runs: number, log: (line: string) => void): Promise<Result[]> {
  if (!hasTool('rg')) {
    log(missingToolMessage('rg', 'search vs ripgrep'));
    return [];
  }
  let found = 0;
  const samples = await timeWithSetup(runs, () => undefined, async () => {
    const output = await run('rg', ['-l', '-w', '-F', plantedWord, library.corpus.dir], { okCodes: [0, 1] });
    found = output.split('\n').filter(Boolean).length;
  });
  const count = library.corpus.files.length.toLocaleString('en');
  const rg = result(`rg -l -w "${plantedWord}", ${count} files`, 'ms', samples, [], `${found} files (library search: ${library.matches})`);
  return [rg, ratio(`search: rg ÷ Copydesk (warm), ${count} articles`, rg, library.search, library.corpus.files.length >= 50_000 ? 20 : null)];
}

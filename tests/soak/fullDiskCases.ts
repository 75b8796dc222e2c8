import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArticleBytes, serializeArticle } from '../../main/articles/articleFile';
import { RevisionStore } from '../../main/articles/revisions';
import { createApi } from '../../main/api/createApi';
import { LibraryCache } from '../../main/library/libraryCache';
import { decodeRowSnapshot } from '../../main/library/rowSnapshot';
import { SearchIndex } from '../../main/library/searchIndex';
import { AppError } from '../../shared/errors';
import { bodyOfWords } from '../support/articles';
import { bundleScript } from '../support/bundle';
import { runLimited, strays } from '../support/limitedChild';

/** What the full-disk cases did. */
export interface FullDiskCounts {
  attempts: number;
  ok: number;
  failedCleanly: number;
  /** Files that were neither the old version nor the whole new one afterwards. */
  damaged: number;
  /** Writes that said ok but left the old file, or failed but changed it. */
  misreported: number;
  strayTemps: number;
  tmpfs: string;
  problems: string[];
}

const kinds = ['save', 'revision', 'recovery', 'export', 'import', 'index'] as const;
const words = 36_000;
const platform = { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined };

async function isWholeArticle(path: string, body: unknown): Promise<boolean> {
  try {
    return JSON.stringify(parseArticleBytes(await readFile(path)).body) === JSON.stringify(body);
  } catch {
    return false;
  }
}

/** Sets up one kind of write, runs it under the limit, and judges the files afterwards. */
async function runCase(script: string, kind: (typeof kinds)[number], kib: number, counts: FullDiskCounts): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-soak-disk-'));
  try {
    const workspaceDir = join(root, 'workspace');
    const userDataDir = join(root, 'userData');
    const main = await createApi({ workspaceDir, userDataDir, platform });
    const created = await main.api.createArticle({ headline: 'Harbour report' });
    const { article } = await main.api.saveArticle({ article: { ...created, body: bodyOfWords(1, words) }, isExplicit: true });
    await main.close();
    const path = join(workspaceDir, 'harbour-report.article.json');
    const recovery = join(userDataDir, 'recovery', `${created.id}.json`);
    const outDir = join(root, 'out');
    const source = join(root, 'long-read.md');
    await mkdir(join(userDataDir, 'recovery'), { recursive: true });
    await writeFile(recovery, serializeArticle({ ...article, dek: 'earlier recovery' }));
    await mkdir(outDir);
    await writeFile(join(outDir, 'harbour-report.preview.html'), '<p>earlier export</p>\n');
    await writeFile(source, `# Long read\n\n${'Word after word of a very long story. '.repeat(9_000)}\n`);
    const before = { article: await readFile(path), recovery: await readFile(recovery), html: await readFile(join(outDir, 'harbour-report.preview.html')), snapshots: (await new RevisionStore(workspaceDir).list(created.id)).length };
    const args: Record<(typeof kinds)[number], string[]> = {
      save: ['save', workspaceDir, userDataDir, created.id, String(words)],
      revision: ['revision', workspaceDir, path, String(words)],
      recovery: ['recovery', userDataDir, path, String(words)],
      export: ['export', path, outDir],
      import: ['import', source, join(root, 'imported')],
      index: ['index', workspaceDir, join(root, 'cache', 'library-index.json')],
    };
    const outcome = runLimited(script, args[kind], kib);
    counts.attempts += 1;
    if (outcome.ok) counts.ok += 1;
    const judge = (isOld: boolean, isNew: boolean, label: string) => {
      if (!isOld && !isNew) {
        counts.damaged += 1;
        counts.problems.push(`${kind} at ${kib} KiB: ${label} is neither the old file nor the whole new one`);
      } else if (outcome.ok !== isNew) {
        counts.misreported += 1;
        counts.problems.push(`${kind} at ${kib} KiB: reported ${outcome.ok ? 'ok' : 'a failure'} but ${label} is the ${isNew ? 'new' : 'old'} one`);
      } else if (!outcome.ok) counts.failedCleanly += 1;
    };
    if (kind === 'save') judge((await readFile(path)).equals(before.article), await isWholeArticle(path, bodyOfWords(7, words)), 'the article');
    if (kind === 'recovery') judge((await readFile(recovery)).equals(before.recovery), await isWholeArticle(recovery, bodyOfWords(9, words)), 'the recovery file');
    if (kind === 'export') {
      const html = await readFile(join(outDir, 'harbour-report.preview.html'));
      judge(html.equals(before.html), html.toString('utf8').trimEnd().endsWith('</html>'), 'the exported HTML');
    }
    if (kind === 'revision') {
      const rows = await new RevisionStore(workspaceDir).list(created.id);
      const isWhole = rows.every((row) => row.damage === null);
      judge(isWhole && rows.length === before.snapshots, isWhole && rows.length === before.snapshots + 1, 'the history');
    }
    if (kind === 'import') {
      const written = (await readdir(join(root, 'imported')).catch(() => [] as string[])).filter((name) => name.endsWith('.article.json'));
      const isWhole = written.length === 1 && (await readFile(join(root, 'imported', written[0] ?? '')).then((bytes) => parseArticleBytes(bytes), () => null)) !== null;
      judge(written.length === 0, isWhole, 'the imported article');
    }
    if (kind === 'index') {
      // The library index must parse and the search index must load; their journals drop a torn tail by design.
      const cachePath = join(root, 'cache', 'library-index.json');
      for (const name of await readdir(join(root, 'cache')).catch(() => [] as string[])) {
        let problem: string | null = null;
        if (name === 'library-index-rows.bin') problem = await readFile(LibraryCache.snapshotPathFor(cachePath)).then((bytes) => (decodeRowSnapshot(bytes).isComplete ? null : 'is cut short'), () => 'is unreadable').catch(() => 'is not a whole snapshot');
        else if (name === 'library-index-search.bin') {
          const index = await SearchIndex.load(SearchIndex.pathFor(cachePath), workspaceDir);
          problem = index ? null : 'does not load';
          await index?.close();
        }
        else if (!name.endsWith('.log')) problem = 'is a stray file';
        if (problem) {
          counts.damaged += 1;
          counts.problems.push(`index at ${kib} KiB: ${name} ${problem}`);
        }
      }
    }
    for (const [dir, expected] of [
      [workspaceDir, ['harbour-report.article.json']],
      [join(userDataDir, 'recovery'), [`${created.id}.json`]],
      [outDir, ['harbour-report.preview.html']],
    ] as const) {
      const left = await strays(dir, expected);
      counts.strayTemps += left.length;
      for (const name of left) counts.problems.push(`${kind} at ${kib} KiB: stray ${name}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Fills a real 1 MiB tmpfs save after save; every save either lands whole or fails with the text in recovery. */
async function runTmpfs(counts: FullDiskCounts): Promise<void> {
  if (process.getuid?.() !== 0) {
    counts.tmpfs = 'skipped: not root, so no tmpfs can be mounted';
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'copydesk-soak-tmpfs-'));
  const disk = join(root, 'disk');
  await mkdir(disk);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    counts.tmpfs = `skipped: mount failed (${mounted.stderr.trim()})`;
    await rm(root, { recursive: true, force: true });
    return;
  }
  let saves = 0;
  let refused = 0;
  try {
    const main = await createApi({ workspaceDir: join(disk, 'workspace'), userDataDir: join(root, 'userData'), platform });
    const created = await main.api.createArticle({ headline: 'Tmpfs' });
    let article = (await main.api.openArticle({ id: created.id })).article;
    const path = join(disk, 'workspace', 'tmpfs.article.json');
    for (let n = 1; n <= 60; n += 1) {
      const before = await readFile(path);
      const body = bodyOfWords(n, 2_000 + n * 600);
      counts.attempts += 1;
      try {
        ({ article } = await main.api.saveArticle({ article: { ...article, body }, isExplicit: n % 2 === 0 }));
        counts.ok += 1;
        saves += 1;
        if (!(await isWholeArticle(path, body))) {
          counts.misreported += 1;
          counts.problems.push(`tmpfs save ${n} said ok but the file is not the new version`);
        }
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'write-failed') throw error;
        refused += 1;
        const isOld = (await readFile(path)).equals(before);
        const isKept = JSON.stringify((await main.api.openArticle({ id: created.id })).recovered?.body) === JSON.stringify(body);
        if (isOld && isKept) counts.failedCleanly += 1;
        else {
          counts.damaged += isOld ? 0 : 1;
          counts.problems.push(`tmpfs save ${n}: ${isOld ? '' : 'the file changed; '}${isKept ? '' : 'the text is not in recovery'}`);
        }
        article = (await main.api.openArticle({ id: created.id })).article;
      }
    }
    const left = await strays(join(disk, 'workspace'), ['tmpfs.article.json']);
    counts.strayTemps += left.length;
    await main.close();
    counts.tmpfs = `${saves} saves landed, ${refused} refused as the 1 MiB tmpfs filled`;
  } finally {
    spawnSync('umount', ['-l', disk]);
    await rm(root, { recursive: true, force: true });
  }
}

/** Every kind of durable write under a range of file-size limits, then a real tmpfs filling up. */
export async function runFullDiskCases(limitsKib: readonly number[]): Promise<FullDiskCounts> {
  const counts: FullDiskCounts = { attempts: 0, ok: 0, failedCleanly: 0, damaged: 0, misreported: 0, strayTemps: 0, tmpfs: '', problems: [] };
  const script = await bundleScript(resolve('tests/support/shortWriteChild.ts'));
  for (const kib of limitsKib) for (const kind of kinds) await runCase(script, kind, kib, counts);
  await runTmpfs(counts);
  return counts;
}

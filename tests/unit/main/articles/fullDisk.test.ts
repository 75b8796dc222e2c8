import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFileSuffix, serializeArticle } from '../../../../main/articles/articleFile';
import { RevisionStore } from '../../../../main/articles/revisions';
import { Library } from '../../../../main/library/library';
import { LibraryCache } from '../../../../main/library/libraryCache';
import { decodeRowSnapshot } from '../../../../main/library/rowSnapshot';
import { SearchIndex } from '../../../../main/library/searchIndex';
import { migrateArticle } from '../../../../shared/article/migrate';
import { bodyOfWords } from '../../../support/articles';
import { bundleScript } from '../../../support/bundle';
import { runLimited as runChild, strays, type ChildOutcome } from '../../../support/limitedChild';
import { startMain } from '../../../support/mainApi';
import { tempDir } from '../../../support/tempDir';

/** The file-size limit the child runs under, in KiB: far below the ~300 KB files it tries to write. */
const limitKib = 64;
/** About 300 KB of article JSON. */
const bigWords = 36_000;

let script = '';
beforeAll(async () => {
  script = await bundleScript(resolve('tests/support/shortWriteChild.ts'));
});

/** Runs one write in a child process whose every file stops at `limitKib`, as on a nearly full disk. */
function runLimited(args: string[], kib = limitKib): ChildOutcome {
  return runChild(script, args, kib);
}

async function workspaceWithBigArticle() {
  const main = await startMain();
  const created = await main.api.createArticle({ headline: 'Harbour report' });
  const saved = await main.api.saveArticle({ article: { ...created, body: bodyOfWords(1, bigWords) }, isExplicit: false });
  await main.close();
  const path = join(main.workspaceDir, `harbour-report${articleFileSuffix}`);
  return { main, id: created.id, article: saved.article, path, bytes: await readFile(path) };
}

describe('durable writes on a nearly full disk (RLIMIT_FSIZE: every write stops short)', () => {
  it('the harness can fail: with room to spare the same child saves', async () => {
    const { main, id, path, bytes } = await workspaceWithBigArticle();
    expect(runLimited(['save', main.workspaceDir, main.userDataDir, id, String(bigWords)], 4096)).toEqual({ ok: true });
    expect((await readFile(path)).equals(bytes)).toBe(false);
  });

  it('an article save reports a failure, never "saved", and leaves the old file whole with no temp file', async () => {
    const { main, id, path, bytes } = await workspaceWithBigArticle();
    const outcome = runLimited(['save', main.workspaceDir, main.userDataDir, id, String(bigWords)]);
    expect(outcome).toMatchObject({ ok: false, code: 'write-failed' });
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await strays(main.workspaceDir, [`harbour-report${articleFileSuffix}`])).toEqual([]);
    const again = await startMain(main.root);
    expect((await again.api.openArticle({ id })).article.body).toEqual(bodyOfWords(1, bigWords));
    await again.close();
  });

  it('a revision snapshot fails whole: no truncated snapshot, and the history still lists', async () => {
    const { main, id, article, path } = await workspaceWithBigArticle();
    await new RevisionStore(main.workspaceDir).snapshot(article, 'save');
    const outcome = runLimited(['revision', main.workspaceDir, path, String(bigWords)]);
    expect(outcome).toMatchObject({ ok: false, code: 'write-failed' });
    const historyDir = join(main.workspaceDir, '.copydesk', 'history', id);
    const names = await readdir(historyDir);
    expect(names.filter((name) => !/^[\w-]+\.json$/.test(name) && name !== 'index.jsonl')).toEqual([]);
    for (const name of names.filter((entry) => entry.endsWith('.json'))) JSON.parse(await readFile(join(historyDir, name), 'utf8'));
    const again = await startMain(main.root);
    expect(await again.api.listRevisions({ id })).toHaveLength(1);
    await again.close();
  });

  it('a recovery file fails whole and the previous recovery text stays', async () => {
    const { main, id, article, path } = await workspaceWithBigArticle();
    const recoveryDir = join(main.userDataDir, 'recovery');
    await mkdir(recoveryDir, { recursive: true });
    const previous = serializeArticle({ ...article, dek: 'Kept from last time' });
    await writeFile(join(recoveryDir, `${id}.json`), previous);
    const outcome = runLimited(['recovery', main.userDataDir, path, String(bigWords)]);
    expect(outcome).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await readFile(join(recoveryDir, `${id}.json`), 'utf8')).toBe(previous);
    expect(await strays(recoveryDir, [`${id}.json`])).toEqual([]);
  });

  it('an export fails whole: the earlier HTML stays and the batch reports the failure', async () => {
    const { main, path } = await workspaceWithBigArticle();
    const outDir = join(main.root, 'out');
    await mkdir(outDir);
    await writeFile(join(outDir, 'harbour-report.preview.html'), '<!doctype html><p>earlier export</p>\n');
    const outcome = runLimited(['export', path, outDir]);
    expect(outcome).toMatchObject({ ok: false });
    expect(await readFile(join(outDir, 'harbour-report.preview.html'), 'utf8')).toBe('<!doctype html><p>earlier export</p>\n');
    expect(await strays(outDir, ['harbour-report.preview.html'])).toEqual([]);
  });

  it('a command-line import fails whole: no article file and no temp file are left', async () => {
    const root = await tempDir();
    const source = join(root, 'long-read.md');
    await writeFile(source, `# Long read\n\n${'Word after word of a very long story. '.repeat(9_000)}\n`);
    const workspace = join(root, 'workspace');
    const outcome = runLimited(['import', source, workspace]);
    expect(outcome).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await strays(workspace, [])).toEqual([]);
  });

  it('the library index and its search index are never left truncated', async () => {
    const { main, path, article } = await workspaceWithBigArticle();
    const cachePath = join(main.root, 'cache', 'library-index.json');
    const library = await Library.open(main.workspaceDir, cachePath);
    await library.flush();
    // An outside edit makes the cached text stale, so the child has to write both files again.
    await writeFile(path, serializeArticle({ ...article, body: bodyOfWords(2, bigWords) }));
    runLimited(['index', main.workspaceDir, cachePath]);
    const cacheDir = join(main.root, 'cache');
    const names = await readdir(cacheDir);
    expect(names.filter((name) => !/^library-index(-search|-rows)?\.(bin|log)$/.test(name))).toEqual([]);
    expect(decodeRowSnapshot(await readFile(LibraryCache.snapshotPathFor(cachePath))).isComplete).toBe(true);
    expect(await SearchIndex.load(SearchIndex.pathFor(cachePath), main.workspaceDir)).not.toBeNull();
  });

  it('a revision truncated by an earlier version is listed as damaged and never breaks the history', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'History survives' });
    const first = await main.api.saveArticle({ article: { ...created, body: bodyOfWords(3, 200) }, isExplicit: true });
    await main.api.saveArticle({ article: { ...first.article, body: bodyOfWords(4, 200) }, isExplicit: true });
    const historyDir = join(main.workspaceDir, '.copydesk', 'history', created.id);
    const [oldest] = (await readdir(historyDir)).filter((name) => /-1-save\.json$/.test(name)).sort();
    const damagedName = oldest!.replace('-1-save.json', '-3-save.json');
    const whole = await readFile(join(historyDir, oldest!));
    await writeFile(join(historyDir, damagedName), whole.subarray(0, 700));
    const revisions = await main.api.listRevisions({ id: created.id });
    expect(revisions).toHaveLength(3);
    const damaged = revisions.find((revision) => `${revision.revisionId}.json` === damagedName);
    expect(damaged?.damage).toMatch(/broken or truncated/);
    expect(revisions.filter((revision) => revision.damage === null)).toHaveLength(2);
    await expect(main.api.restoreRevision({ id: created.id, revisionId: damaged!.revisionId })).rejects.toMatchObject({ code: 'unreadable-file' });
    await main.close();
  });
});

/** Root can mount a tiny tmpfs to fill up for real; elsewhere this part is skipped with the reason printed. */
async function tmpfsProbe(): Promise<string | null> {
  if (process.getuid?.() !== 0) return 'the tests do not run as root, so no tmpfs can be mounted';
  const dir = await tempDir('copydesk-tmpfs-probe-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) return `mount -t tmpfs failed: ${(mounted.stderr || mounted.error?.message || '').trim()}`;
  spawnSync('umount', [dir]);
  return null;
}

const noTmpfs = await tmpfsProbe();
if (noTmpfs) console.log(`Skipping the tmpfs full-disk test: ${noTmpfs}`);

describe('durable writes on a really full disk (a 512 KiB tmpfs)', () => {
  it.skipIf(noTmpfs !== null)('a save that does not fit fails with "disk is full", keeps the old file and the text in recovery, then saves once there is room', async () => {
    const root = await tempDir();
    const disk = join(root, 'disk');
    await mkdir(disk);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', disk], { encoding: 'utf8' });
    expect(mounted.status, mounted.stderr).toBe(0);
    try {
      // The workspace is on the tiny disk; the app's data folder (and so the recovery file) is not.
      const workspaceDir = join(disk, 'workspace');
      const full = await startMain(root, {}, { workspaceDir });
      const created = await full.api.createArticle({ headline: 'Full disk' });
      const first = await full.api.saveArticle({ article: { ...created, body: bodyOfWords(5, 12_000) }, isExplicit: false });
      const path = join(workspaceDir, `full-disk${articleFileSuffix}`);
      const before = await readFile(path);
      const { bavail, bsize } = await statfs(disk);
      const filler = join(disk, 'filler');
      await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 48 * 1024)));
      const typed = { ...first.article, body: bodyOfWords(6, 20_000) };
      const failure = await full.api.saveArticle({ article: typed, isExplicit: false }).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'write-failed', message: expect.stringMatching(/disk is full/) });
      expect((failure as Error).message).toMatch(/recovery/);
      expect((await readFile(path)).equals(before)).toBe(true);
      expect(await strays(workspaceDir, [`full-disk${articleFileSuffix}`])).toEqual([]);
      expect((await full.api.openArticle({ id: created.id })).recovered?.body).toEqual(typed.body);
      await rm(filler);
      const saved = await full.api.saveArticle({ article: typed, isExplicit: false });
      expect(migrateArticle(JSON.parse(await readFile(path, 'utf8'))).body).toEqual(saved.article.body);
      await full.close();
    } finally {
      spawnSync('umount', ['-l', disk]);
    }
  });
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArticleBytes, serializeArticle } from '../../main/articles/articleFile';
import { parseTempFileName } from '../../main/articles/durableWrite';
import { RevisionStore } from '../../main/articles/revisions';
import { createApi } from '../../main/api/createApi';
import { bodyOfWords } from './articles';
import { bundleScript } from './bundle';

/** What the kills did and what the files looked like after each. */
export interface CrashCounts {
  kills: number;
  /** Saves of A that returned ok before their process was killed. */
  saves: number;
  /** Article, revision or recovery files that did not read back whole. */
  damaged: number;
  /** Rounds whose article file held an older version than the last save that returned ok. */
  lost: number;
  /** Revisions written (every other save is explicit). */
  revisions: number;
  /** Temp files left after a final start, other than newer complete ones kept as recovered text. */
  strayTemps: number;
  problems: string[];
}

const platform = { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined };

/**
 * A save loop started ahead of its turn: it loads its code while the previous one saves and is
 * checked, then waits for "go" on its stdin before it opens the workspace, so two loops never
 * touch the folder at once and each kill costs little more than the save path itself.
 */
class StandbyLoop {
  private readonly child: ChildProcessWithoutNullStreams;
  private last = 0;
  private stderr = '';
  private readonly exited: Promise<NodeJS.Signals | null>;

  constructor(script: string, args: string[]) {
    this.child = spawn(process.execPath, [script, ...args]);
    this.child.stdout.on('data', (chunk: Buffer) => (this.last = Number(chunk.toString().trim().split('\n').at(-1))));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((done) => this.child.on('exit', (_code, signal) => done(signal)));
  }

  /** Lets the loop run until it has saved at least once, kills it with SIGKILL `delayMs` later, and gives its last save that returned ok. */
  async runAndKill(delayMs: number): Promise<number> {
    this.child.stdout.once('data', () => setTimeout(() => this.child.kill('SIGKILL'), delayMs));
    this.child.stdin.end('go\n');
    const signal = await this.exited;
    if (signal !== 'SIGKILL') throw new Error(`the save loop exited on its own: ${this.stderr}`);
    return this.last;
  }
}

/** Checks one file that must read back whole; returns a problem or null. */
async function checkWhole(path: string): Promise<string | null> {
  try {
    parseArticleBytes(await readFile(path));
    return null;
  } catch (error) {
    return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Kills a process saving through the whole API (`createApi`: workspace save with lock and
 * conflict check, revisions, recovery files) `kills` times at random moments, checking after
 * each kill that article A is exactly one of the versions written and no older than the last
 * save that returned ok, that every revision and recovery file reads back whole, and at the end
 * that a fresh start leaves no stray temp files.
 */
export async function runCrashRounds(root: string, kills: number, onRound?: (round: number, counts: Readonly<CrashCounts>) => void): Promise<CrashCounts> {
  const workspaceDir = join(root, 'workspace');
  const userDataDir = join(root, 'userData');
  const setup = await createApi({ workspaceDir, userDataDir, platform });
  const a = await setup.api.createArticle({ headline: 'Crash test' });
  const b = await setup.api.createArticle({ headline: 'Other program' });
  await setup.close();
  const script = await bundleScript(resolve('tests/support/apiSaveLoopChild.ts'));
  const pathA = join(workspaceDir, 'crash-test.article.json');
  const historyDir = join(workspaceDir, '.copydesk', 'history', a.id);
  const recoveryB = join(userDataDir, 'recovery', `${b.id}.json`);
  const counts: CrashCounts = { kills: 0, saves: 0, damaged: 0, lost: 0, revisions: 0, strayTemps: 0, problems: [] };
  // Snapshots already read back whole, by path, with the identity and size they had then.
  const checked = new Map<string, string>();
  let seed = 12345;
  const args = [workspaceDir, userDataDir, a.id, b.id];
  let next = new StandbyLoop(script, args);
  for (let round = 0; round < kills; round += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const loop = next;
    if (round + 1 < kills) next = new StandbyLoop(script, args);
    const last = await loop.runAndKill(seed % 40);
    counts.kills += 1;
    counts.saves += last;
    const bytes = await readFile(pathA);
    let version = Number.NaN;
    try {
      const article = parseArticleBytes(bytes);
      version = Number(/^Version (\d+)$/.exec(article.headline)?.[1]);
      if (bytes.toString('utf8') !== serializeArticle({ ...article, body: bodyOfWords(version, 400 + (version % 7) * 300) })) throw new Error('the text is not the version it names');
    } catch (error) {
      counts.damaged += 1;
      counts.problems.push(`round ${round}: crash-test.article.json: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (version < last) {
      counts.lost += 1;
      counts.problems.push(`round ${round}: version ${version} on disk after save ${last} returned ok`);
    }
    for (const problem of await Promise.all([checkWhole(recoveryB), ...(await changedSince(checked, await snapshotPaths(historyDir))).map(checkWhole)])) {
      if (problem) {
        counts.damaged += 1;
        counts.problems.push(`round ${round}: ${problem}`);
      }
    }
    onRound?.(round, counts);
  }
  const snapshots = await snapshotPaths(historyDir);
  counts.revisions = snapshots.length;
  // Every snapshot is read once more at the end, whether or not it changed since it was checked.
  for (const problem of await Promise.all(snapshots.map(checkWhole))) {
    if (problem) {
      counts.damaged += 1;
      counts.problems.push(`at the end: ${problem}`);
    }
  }
  const listed = await new RevisionStore(workspaceDir).list(a.id);
  counts.damaged += listed.filter((row) => row.damage !== null).length;
  const final = await createApi({ workspaceDir, userDataDir, platform });
  await final.close();
  for (const dir of [workspaceDir, historyDir, join(userDataDir, 'recovery'), userDataDir]) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const temp = parseTempFileName(name);
      if (!temp) continue;
      const isKeptAsRecovered = dir === workspaceDir && (await checkWhole(join(dir, name))) === null;
      if (!isKeptAsRecovered) {
        counts.strayTemps += 1;
        counts.problems.push(`stray temp file ${name}`);
      }
    }
  }
  return counts;
}

async function snapshotPaths(historyDir: string): Promise<string[]> {
  const names = await readdir(historyDir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).map((name) => join(historyDir, name));
}

/**
 * The paths among `paths` not yet read back whole, or changed since (another inode, size or
 * modification time), noting each as checked. A snapshot is written once, so a file unchanged
 * since it read back whole still reads back whole: only new or rewritten ones are parsed again.
 */
async function changedSince(checked: Map<string, string>, paths: string[]): Promise<string[]> {
  const changed: string[] = [];
  for (const path of paths) {
    const info = await stat(path, { bigint: true }).catch(() => null);
    const identity = info ? `${info.ino}:${info.size}:${info.mtimeNs}` : 'missing';
    if (checked.get(path) === identity) continue;
    checked.set(path, identity);
    changed.push(path);
  }
  return changed;
}

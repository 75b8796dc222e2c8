import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
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

/** Runs the save loop until it has saved at least once, then kills it with SIGKILL after `delayMs`. */
function runAndKill(script: string, args: string[], delayMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let isArmed = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      last = Number(chunk.toString().trim().split('\n').at(-1));
      if (!isArmed) {
        isArmed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(last) : fail(new Error(`the save loop exited on its own: ${stderr}`))));
  });
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
  let seed = 12345;
  for (let round = 0; round < kills; round += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const last = await runAndKill(script, [workspaceDir, userDataDir, a.id, b.id], seed % 40);
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
    for (const problem of await Promise.all([checkWhole(recoveryB), ...(await snapshotPaths(historyDir)).map(checkWhole)])) {
      if (problem) {
        counts.damaged += 1;
        counts.problems.push(`round ${round}: ${problem}`);
      }
    }
    onRound?.(round, counts);
  }
  counts.revisions = (await snapshotPaths(historyDir)).length;
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

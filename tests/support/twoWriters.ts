import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createApi } from '../../main/api/createApi';
import { bundleScript } from './bundle';

/** One save as a writer reported it. */
interface SaveLine {
  name: string;
  base: string;
  outcome: string;
  message?: string;
}

/** What two processes saving one article from the same bases did, and what survived. */
export interface TwoWriterCounts {
  saves: number;
  ok: number;
  conflicts: number;
  /** Saves that failed for another reason (each printed in `problems`). */
  otherFailures: number;
  /** Ok saves that replaced a version other than the one they were based on. */
  lostUpdates: number;
  /** Ok saves whose text is neither the file on disk nor any revision. */
  missing: number;
  problems: string[];
}

const platform = { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined };

function startWriter(script: string, args: string[]) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: SaveLine[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((done) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = JSON.parse(line) as SaveLine | { ready: string };
      if ('ready' in parsed) done();
      else lines.push(parsed);
    });
  });
  const exited = new Promise<void>((done, fail) => child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a writer exited with ${code}: ${stderr}`)))));
  return { child, lines, ready, exited };
}

/**
 * Runs two real Copydesk processes (each its own `createApi`, same workspace folder) that each make
 * `saves` explicit saves of one article at the same time, then checks every outcome against the
 * files: an ok save must have replaced exactly the version it was based on, and its text must be
 * on disk or in a revision; every other save must have been told "conflict".
 */
export async function runTwoWriters(root: string, saves: number): Promise<TwoWriterCounts> {
  const workspaceDir = join(root, 'workspace');
  const setup = await createApi({ workspaceDir, userDataDir: join(root, 'setup'), platform });
  const created = await setup.api.createArticle({ headline: 'Shared story' });
  await setup.close();
  const script = await bundleScript(resolve('tests/support/writerChild.ts'));
  const writers = ['a', 'b'].map((label) => startWriter(script, [workspaceDir, join(root, `user-${label}`), created.id, label, String(saves)]));
  await Promise.all(writers.map((writer) => writer.ready));
  for (const writer of writers) writer.child.stdin.end('go\n');
  await Promise.all(writers.map((writer) => writer.exited));

  const lines = writers.flatMap((writer) => writer.lines);
  const oks = lines.filter((line) => line.outcome === 'ok');
  const problems = lines.filter((line) => line.outcome !== 'ok' && line.outcome !== 'conflict').map((line) => `${line.name}: ${line.outcome}: ${line.message ?? ''}`);
  const okNames = new Set(oks.map((line) => line.name));
  const basesUsed = new Map<string, number>();
  for (const line of oks) basesUsed.set(line.base, (basesUsed.get(line.base) ?? 0) + 1);
  let lostUpdates = 0;
  for (const [base, uses] of basesUsed) {
    if (uses > 1) problems.push(`${uses} ok saves were based on ${base}`);
    lostUpdates += uses - 1;
  }
  for (const line of oks) {
    if (line.base !== 'Shared story' && !okNames.has(line.base)) {
      problems.push(`${line.name} was based on ${line.base}, which never saved`);
      lostUpdates += 1;
    }
  }

  const kept = new Set<string>();
  const current = JSON.parse(await readFile(join(workspaceDir, 'shared-story.article.json'), 'utf8')) as { headline: string };
  kept.add(current.headline);
  const historyDir = join(workspaceDir, '.copydesk', 'history', created.id);
  for (const name of (await readdir(historyDir)).filter((entry) => entry.endsWith('.json'))) {
    kept.add((JSON.parse(await readFile(join(historyDir, name), 'utf8')) as { headline: string }).headline);
  }
  const missing = oks.filter((line) => !kept.has(line.name));
  for (const line of missing) problems.push(`${line.name} returned ok but is neither on disk nor in a revision`);
  return {
    saves: lines.length,
    ok: oks.length,
    conflicts: lines.filter((line) => line.outcome === 'conflict').length,
    otherFailures: lines.length - oks.length - lines.filter((line) => line.outcome === 'conflict').length,
    lostUpdates,
    missing: missing.length,
    problems,
  };
}

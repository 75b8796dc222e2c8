import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../../main/articles/articleFile';
import { Library } from '../../../../main/library/library';
import { migrateArticle } from '../../../../shared/article/migrate';
import { bodyOfWords } from '../../../support/articles';
import { bundleScript } from '../../../support/bundle';
import { tempDir } from '../../../support/tempDir';

const kills = 200;

/** Runs the save loop until it has saved at least once, then kills it with SIGKILL after `delayMs`. */
function runAndKill(script: string, args: string[], delayMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let isArmed = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      last = Number(lines.at(-1));
      if (!isArmed) {
        isArmed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(last) : fail(new Error(`save loop exited on its own: ${stderr}`))));
  });
}

describe('saving under sudden death', () => {
  it(`leaves a complete article that is one of the versions written, after ${kills} SIGKILLs`, async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    const library = await Library.open(dir, join(root, 'index.json'));
    const created = await library.workspace.create({ headline: 'Crash test' }, '2026-11-28T10:00:00.000Z');
    await library.flush();
    const script = await bundleScript(resolve('tests/support/saveLoopChild.ts'));
    const path = join(dir, 'crash-test.article.json');
    let seed = 12345;
    for (let round = 0; round < kills; round += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const lastReported = await runAndKill(script, [dir, join(root, `index-${round % 2}.json`), created.id], seed % 40);
      const text = await readFile(path, 'utf8');
      expect(text.length).toBeGreaterThan(0);
      const article = migrateArticle(JSON.parse(text));
      const version = Number(/^Version (\d+)$/.exec(article.headline)?.[1]);
      expect(version).toBeGreaterThanOrEqual(lastReported);
      expect(version).toBeLessThanOrEqual(lastReported + 1);
      const expected = serializeArticle({ ...article, body: bodyOfWords(version, 400 + (version % 7) * 300) });
      expect(text).toBe(expected);
    }
  }, 300_000);
});

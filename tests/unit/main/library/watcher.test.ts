import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchWorkspace } from '../../../../main/library/watcher';
import { tempDir } from '../../../support/tempDir';

/** Collects reported names; `waitFor` resolves once `name` has been reported (or fails after 5 s). */
function recorder() {
  const seen: string[] = [];
  const waiters: { name: string; done: () => void }[] = [];
  return {
    seen,
    onFileChanged(name: string) {
      seen.push(name);
      for (const waiter of waiters.filter((entry) => entry.name === name)) waiter.done();
    },
    waitFor(name: string): Promise<void> {
      if (seen.includes(name)) return Promise.resolve();
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`${name} was never reported; saw ${seen.join(', ') || 'nothing'}`)), 5_000);
        waiters.push({ name, done: () => (clearTimeout(timer), done()) });
      });
    },
  };
}

describe('the workspace watcher', () => {
  it('reports a changed article file once its writes settle', async () => {
    const dir = await tempDir();
    const seen = recorder();
    const stop = watchWorkspace(dir, seen.onFileChanged, { settleMs: 20, checkMs: 50 });
    await writeFile(join(dir, 'alpha.article.json'), '{}');
    await writeFile(join(dir, 'notes.txt'), 'not an article');
    await seen.waitFor('alpha.article.json');
    stop();
    expect(seen.seen).not.toContain('notes.txt');
  });

  it('starts again when the workspace folder is deleted and recreated, and reports the files the new folder holds', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    await mkdir(dir);
    const seen = recorder();
    const stop = watchWorkspace(dir, seen.onFileChanged, { settleMs: 20, checkMs: 50 });
    await rm(dir, { recursive: true });
    await new Promise((settle) => setTimeout(settle, 200));
    await mkdir(dir);
    await writeFile(join(dir, 'restored.article.json'), '{}');
    await seen.waitFor('restored.article.json');
    await writeFile(join(dir, 'written-later.article.json'), '{}');
    await seen.waitFor('written-later.article.json');
    stop();
  });

  it('follows the name when another folder replaces the workspace folder (a sync tool swapping it in)', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    await mkdir(dir);
    const seen = recorder();
    const stop = watchWorkspace(dir, seen.onFileChanged, { settleMs: 20, checkMs: 50 });
    const incoming = join(root, 'incoming');
    await mkdir(incoming);
    await writeFile(join(incoming, 'swapped-in.article.json'), '{}');
    await rename(dir, join(root, 'old-workspace'));
    await rename(incoming, dir);
    await seen.waitFor('swapped-in.article.json');
    // Changes in the old folder, now elsewhere, are not this workspace's.
    await writeFile(join(root, 'old-workspace', 'elsewhere.article.json'), '{}');
    await writeFile(join(dir, 'after-swap.article.json'), '{}');
    await seen.waitFor('after-swap.article.json');
    stop();
    expect(seen.seen).not.toContain('elsewhere.article.json');
  });
});

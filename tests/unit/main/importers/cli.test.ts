import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../support/cli';
import { repoRoot, tempDir } from './helpers';

const harbour = path.join(repoRoot, 'tests/fixtures/import/harbour-ferry-strike.txt');

/** Runs `import <args>` through the command line (bundled once for this file) in a child process. */
const cli = (args: string[]) => runCli(['import', ...args]);

describe('the import command', () => {
  let work: { dir: string; remove: () => Promise<void> };

  beforeEach(async () => {
    work = await tempDir('import-cli');
  });

  afterEach(async () => {
    await work.remove();
  });

  it('writes the article, prints its report and exits 0', async () => {
    const out = path.join(work.dir, 'workspace');
    const result = await cli([harbour, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('harbour-ferry-strike.txt (plain text, UTF-8)');
    expect(result.stdout).toContain('  headline: Ferry Crews Walk Out as Talks Over Night Shifts Collapse  [from line 3]');
    expect(result.stdout).toContain('  dropped: Contact Us (page boilerplate at the end of the text)');
    expect(result.stdout).toContain('1 imported, 0 failed');
    expect(await readdir(out)).toEqual(['ferry-crews-walk-out-as-talks-over-night-shifts-collapse.article.json']);
  });

  it('exits 1 when a file fails, still importing the others', async () => {
    const junk = path.join(work.dir, 'junk.docx');
    await writeFile(junk, 'not a zip');
    const out = path.join(work.dir, 'workspace');
    const result = await cli([junk, harbour, `--out=${out}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('failed: junk.docx: not a Word .docx document (it is not a ZIP package)');
    expect(result.stdout).toContain('1 imported, 1 failed');
    expect(await readdir(out)).toHaveLength(1);
  });

  it('exits 2 with usage when --out is missing', async () => {
    const result = await cli([harbour]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: npm run --silent cli -- import <file \.\.\.> --out <workspace>/);
  });
});

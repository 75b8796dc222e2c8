import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFilesToWorkspace, type ImportProgress } from '../../../../main/importers/importToWorkspace';
import { articleSchema } from '../../../../shared/article/model';
import { fixedOptions, repoRoot, tempDir } from './helpers';

const harbour = path.join(repoRoot, 'tests/fixtures/import/harbour-ferry-strike.txt');

describe('importing files into a workspace', () => {
  let inputs: { dir: string; remove: () => Promise<void> };
  let workspace: { dir: string; remove: () => Promise<void> };

  beforeEach(async () => {
    inputs = await tempDir('import-in');
    workspace = await tempDir('import-ws');
  });

  afterEach(async () => {
    await inputs.remove();
    await workspace.remove();
  });

  it('writes one valid article file per good file, named by a unique slug', async () => {
    const copy = path.join(inputs.dir, 'again.txt');
    await writeFile(copy, await readFile(harbour));
    const outcomes = await importFilesToWorkspace([harbour, copy], workspace.dir, fixedOptions());
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    const files = (await readdir(workspace.dir)).sort();
    expect(files).toEqual([
      'ferry-crews-walk-out-as-talks-over-night-shifts-collapse-2.article.json',
      'ferry-crews-walk-out-as-talks-over-night-shifts-collapse.article.json',
    ]);
    const text = await readFile(path.join(workspace.dir, files[0] ?? ''), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const article = articleSchema.parse(JSON.parse(text));
    expect(article.slug).toBe('ferry-crews-walk-out-as-talks-over-night-shifts-collapse-2');
  });

  it('avoids slugs already taken by article files in the workspace', async () => {
    await writeFile(path.join(workspace.dir, 'ferry-crews-walk-out-as-talks-over-night-shifts-collapse.article.json'), '{}');
    const [outcome] = await importFilesToWorkspace([harbour], workspace.dir, fixedOptions());
    expect(outcome?.ok && path.basename(outcome.written)).toBe('ferry-crews-walk-out-as-talks-over-night-shifts-collapse-2.article.json');
    expect(await readFile(path.join(workspace.dir, 'ferry-crews-walk-out-as-talks-over-night-shifts-collapse.article.json'), 'utf8')).toBe('{}');
  });

  it('keeps going past bad files, writes nothing for them, and reports progress for each', async () => {
    const empty = path.join(inputs.dir, 'empty.md');
    const pdf = path.join(inputs.dir, 'scan.pdf');
    await writeFile(empty, '');
    await writeFile(pdf, '%PDF-1.7');
    const progress: ImportProgress[] = [];
    const outcomes = await importFilesToWorkspace([empty, path.join(inputs.dir, 'missing.txt'), pdf, harbour], workspace.dir, {
      ...fixedOptions(),
      onProgress: (step) => progress.push(step),
    });
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.message))).toEqual([
      'empty.md: the file is empty',
      'missing.txt: the file does not exist or cannot be read',
      'scan.pdf: unsupported file type ".pdf" (Copydesk imports .txt, .md and .docx)',
      'ok',
    ]);
    expect(await readdir(workspace.dir)).toHaveLength(1);
    expect(progress.map((step) => [step.index, step.total, step.outcome])).toEqual([
      [0, 4, 'failed'],
      [1, 4, 'failed'],
      [2, 4, 'failed'],
      [3, 4, 'imported'],
    ]);
  });
});

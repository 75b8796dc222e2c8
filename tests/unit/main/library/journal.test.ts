import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../../../main/library/journal';
import { tempDir } from '../../../support/tempDir';

type Line = ['put', string] | ['remove', string];

async function journalWith(lines: Line[], generation = 'first'): Promise<{ path: string; journal: Journal<Line> }> {
  const path = join(await tempDir(), 'index.log');
  const journal = new Journal<Line>(path);
  await journal.clear(generation);
  for (const line of lines) journal.append(line);
  await journal.flush();
  return { path, journal };
}

describe('the library journal (checksummed lines on top of a named snapshot)', () => {
  it('reads back the lines flushed for its snapshot, and nothing for another snapshot', async () => {
    const { path } = await journalWith([['put', 'alpha'], ['remove', 'bravo']]);
    expect(await new Journal<Line>(path).read('first')).toEqual([['put', 'alpha'], ['remove', 'bravo']]);
    // A snapshot written after these lines (or another workspace's) must not replay them.
    expect(await new Journal<Line>(path).read('second')).toEqual([]);
    expect(await new Journal<Line>(path).read('')).toEqual([]);
  });

  it('keeps a line appended while the journal of a new snapshot is being written', async () => {
    const path = join(await tempDir(), 'index.log');
    const journal = new Journal<Line>(path);
    journal.append(['put', 'alpha']);
    // The snapshot took in 'alpha'; 'bravo' arrives while the rebased journal is on its way to disk.
    const rebased = journal.rebase(1, 'second');
    await Promise.resolve();
    await Promise.resolve();
    journal.append(['put', 'bravo']);
    await rebased;
    await journal.flush();
    expect(await new Journal<Line>(path).read('second')).toEqual([['put', 'bravo']]);
  });

  it('ignores a torn or damaged tail, and the next append starts after the last whole line', async () => {
    const { path } = await journalWith([['put', 'alpha']]);
    const whole = await readFile(path);
    await appendFile(path, '0000000\t["put","torn');
    const reopened = new Journal<Line>(path);
    expect(await reopened.read('first')).toEqual([['put', 'alpha']]);
    reopened.append(['put', 'charlie']);
    await reopened.flush();
    expect((await readFile(path)).subarray(0, whole.length).equals(whole)).toBe(true);
    expect(await new Journal<Line>(path).read('first')).toEqual([['put', 'alpha'], ['put', 'charlie']]);
    // A line whose checksum does not match its JSON (a changed byte) ends the reading there.
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('charlie', 'charlif'));
    expect(await new Journal<Line>(path).read('first')).toEqual([['put', 'alpha']]);
  });

  it('after a snapshot takes the first lines, keeps only the later ones (written or waiting) under the new snapshot', async () => {
    const { path, journal } = await journalWith([['put', 'alpha'], ['put', 'bravo']]);
    journal.append(['put', 'charlie']);
    await journal.rebase(1, 'second');
    expect(journal.length).toBe(2);
    expect(await new Journal<Line>(path).read('second')).toEqual([['put', 'bravo'], ['put', 'charlie']]);
    expect(await new Journal<Line>(path).read('first')).toEqual([]);
  });

  it('a failed append rejects with write-failed and keeps its lines waiting for the next try', async () => {
    const blocked = new Journal<Line>(join(await tempDir(), 'missing-folder', 'index.log'));
    await blocked.clear('first');
    blocked.append(['put', 'bravo']);
    await expect(blocked.flush()).rejects.toMatchObject({ code: 'write-failed' });
    expect(blocked.length).toBe(1);
  });
});

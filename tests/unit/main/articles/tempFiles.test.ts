import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../../main/articles/articleFile';
import { tempPathFor } from '../../../../main/articles/durableWrite';
import { paragraphs, startMain } from '../../../support/mainApi';

/** The id of a process that has ended, so its temp files are known to be abandoned. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('temp files left by killed saves', () => {
  it('are cleared at start: older or incomplete ones removed, a newer complete one offered as recovered text and kept', async () => {
    const first = await startMain();
    const created = await first.api.createArticle({ headline: 'Ferry timetable' });
    const saved = await first.api.saveArticle({ article: { ...created, body: paragraphs('Saved text.') }, isExplicit: true });
    await first.close();
    const path = join(first.workspaceDir, 'ferry-timetable.article.json');
    await utimes(path, minutesAgo(30), minutesAgo(30));
    const dead = deadPid();

    const older = tempPathFor(path, dead);
    await writeFile(older, serializeArticle({ ...saved.article, body: paragraphs('An older attempt.') }));
    await utimes(older, minutesAgo(40), minutesAgo(40));
    const legacy = `${path}.2389172301`;
    await writeFile(legacy, '{"schemaVersion": 3, "id"');
    await utimes(legacy, minutesAgo(45), minutesAgo(45));
    const torn = tempPathFor(path, dead);
    await writeFile(torn, serializeArticle({ ...saved.article, body: paragraphs('Cut short') }).slice(0, 200));
    const unsaved = { ...saved.article, updatedAt: new Date().toISOString(), body: paragraphs('Typed just before the crash.') };
    const newer = tempPathFor(path, dead);
    await writeFile(newer, serializeArticle(unsaved));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const live = tempPathFor(path, sleeper.pid ?? 0);
    await writeFile(live, '{"being": "written');

    const historyDir = join(first.workspaceDir, '.copydesk', 'history', created.id);
    const [snapshot] = (await readdir(historyDir)).filter((name) => name.endsWith('.json'));
    const unfinishedSnapshot = join(historyDir, snapshot!.replace('-1-save', '-2-save'));
    const snapshotTemp = tempPathFor(unfinishedSnapshot, dead);
    await writeFile(snapshotTemp, serializeArticle({ ...saved.article, body: paragraphs('Snapshot text.') }));
    const cacheTemp = tempPathFor(join(first.userDataDir, 'library-index-rows.bin'), dead);
    await writeFile(cacheTemp, '{"version":');

    const main = await startMain(first.root);
    try {
      const left = await readdir(first.workspaceDir);
      expect(left).not.toContain(basename(older));
      expect(left).not.toContain(basename(legacy));
      expect(left).not.toContain(basename(torn));
      expect(left).toContain(basename(newer));
      expect(left).toContain(basename(live));
      expect(await readdir(first.userDataDir)).not.toContain(basename(cacheTemp));
      const opened = await main.api.openArticle({ id: created.id });
      expect(opened.article.body).toEqual(paragraphs('Saved text.'));
      expect(opened.recovered?.body).toEqual(paragraphs('Typed just before the crash.'));

      const revisions = await main.api.listRevisions({ id: created.id });
      expect(revisions.map((revision) => revision.words)).toEqual([2, 2]);
      expect(await readdir(historyDir)).not.toContain(basename(snapshotTemp));
      expect(await readFile(unfinishedSnapshot, 'utf8')).toContain('Snapshot text.');
    } finally {
      sleeper.kill();
      await main.close();
    }
  });

  it('stop being offered once the reporter saves again (the article is then newer)', async () => {
    const first = await startMain();
    const created = await first.api.createArticle({ headline: 'Bus lanes' });
    await first.close();
    const path = join(first.workspaceDir, 'bus-lanes.article.json');
    await utimes(path, minutesAgo(30), minutesAgo(30));
    const newer = tempPathFor(path, deadPid());
    await writeFile(newer, serializeArticle({ ...created, body: paragraphs('Unsaved words.') }));

    const second = await startMain(first.root);
    const { article, recovered } = await second.api.openArticle({ id: created.id });
    expect(recovered?.body).toEqual(paragraphs('Unsaved words.'));
    await second.api.saveArticle({ article: { ...article, body: recovered!.body }, isExplicit: false });
    await second.close();

    const third = await startMain(first.root);
    expect(await readdir(first.workspaceDir)).not.toContain(basename(newer));
    expect((await third.api.openArticle({ id: created.id })).recovered).toBeNull();
    await third.close();
  });

  it('stop being offered once the reporter discards the recovered text', async () => {
    const first = await startMain();
    const created = await first.api.createArticle({ headline: 'Tram depot' });
    await first.close();
    const path = join(first.workspaceDir, 'tram-depot.article.json');
    await utimes(path, minutesAgo(30), minutesAgo(30));
    await writeFile(tempPathFor(path, deadPid()), serializeArticle({ ...created, body: paragraphs('Words the reporter no longer wants.') }));

    const second = await startMain(first.root);
    expect((await second.api.openArticle({ id: created.id })).recovered?.body).toEqual(paragraphs('Words the reporter no longer wants.'));
    await second.api.discardRecovery({ id: created.id });
    await second.close();

    const third = await startMain(first.root);
    expect((await third.api.openArticle({ id: created.id })).recovered).toBeNull();
    await third.close();
  });
});

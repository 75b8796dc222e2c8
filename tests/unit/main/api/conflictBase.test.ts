import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/article/model';
import { paragraphs, startMain } from '../../../support/mainApi';

const ready = {
  kicker: 'Weather',
  dek: 'Forecasters expect the wind to ease by Friday.',
  bylines: [{ name: 'Ana Ruiz', role: 'reporter' as const }],
  dateline: { place: 'DOVER', date: '2026-11-27' },
  status: 'ready' as const,
};
const theirDek = 'Their dek, written by a newsroom script';

type Main = Awaited<ReturnType<typeof startMain>>;

/**
 * Opens an article in the "editor", then lets another program change its file. Everything below
 * runs at once, well inside the watcher's 150 ms settle time, as the History panel does after a save.
 */
async function openThenChangedOutside(main: Main): Promise<{ mine: Article; path: string }> {
  const created = await main.api.createArticle({ headline: 'Wind to ease by Friday' });
  await main.api.saveArticle({ article: { ...created, ...ready, body: paragraphs('The Met Office lifted its warning.') }, isExplicit: true });
  const { article: mine } = await main.api.openArticle({ id: created.id });
  const path = join(main.workspaceDir, 'wind-to-ease-by-friday.article.json');
  const theirs = { ...JSON.parse(await readFile(path, 'utf8')), dek: theirDek };
  await writeFile(path, `${JSON.stringify(theirs, null, 2)}\n`);
  return { mine, path };
}

async function dekOnDisk(path: string): Promise<string> {
  return (JSON.parse(await readFile(path, 'utf8')) as Article).dek;
}

async function expectEditorSaveRefused(main: Main, mine: Article): Promise<void> {
  await expect(main.api.saveArticle({ article: { ...mine, dek: 'My dek' }, isExplicit: false })).rejects.toMatchObject({ code: 'conflict' });
}

describe('the conflict base of an open article moves only when the editor saves or the reporter resolves', () => {
  it('listing revisions does not make an outside change look like ours', async () => {
    const main = await startMain();
    const { mine, path } = await openThenChangedOutside(main);
    expect(await main.api.listRevisions({ id: mine.id })).toHaveLength(1);
    await expectEditorSaveRefused(main, mine);
    expect(await dekOnDisk(path)).toBe(theirDek);
    await main.close();
  });

  it('renaming keeps the outside change in the renamed file and the editor still gets a conflict', async () => {
    const main = await startMain();
    const { mine } = await openThenChangedOutside(main);
    const renamed = await main.api.renameArticle({ id: mine.id, slug: 'wind-eases' });
    expect(renamed.dek).toBe(theirDek);
    await expectEditorSaveRefused(main, mine);
    expect(await dekOnDisk(join(main.workspaceDir, 'wind-eases.article.json'))).toBe(theirDek);
    await main.close();
  });

  it('renaming an unchanged article moves the base with it, so the next save is not a false conflict', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Quiet night' });
    const { article: mine } = await main.api.openArticle({ id: created.id });
    const renamed = await main.api.renameArticle({ id: created.id, slug: 'quiet-night-shift' });
    const saved = await main.api.saveArticle({ article: { ...mine, slug: renamed.slug, dek: 'My dek' }, isExplicit: false });
    expect(saved.article.dek).toBe('My dek');
    expect((await readdir(main.workspaceDir)).filter((name) => name.endsWith('.article.json'))).toEqual(['quiet-night-shift.article.json']);
    await main.close();
  });

  it('duplicating does not make an outside change look like ours', async () => {
    const main = await startMain();
    const { mine, path } = await openThenChangedOutside(main);
    const copy = await main.api.duplicateArticle({ id: mine.id });
    expect(copy.dek).toBe(theirDek);
    await expectEditorSaveRefused(main, mine);
    expect(await dekOnDisk(path)).toBe(theirDek);
    await main.close();
  });

  it('exporting publishes the version on disk and the editor still gets a conflict', async () => {
    const main = await startMain();
    const { mine, path } = await openThenChangedOutside(main);
    const exportFile = join(main.root, 'wind.html');
    const again = await startMain(main.root, { exportFile });
    await main.close();
    const { article: reopened } = await again.api.openArticle({ id: mine.id });
    await writeFile(path, `${JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), kicker: 'Their kicker' }, null, 2)}\n`);
    const exported = await again.api.exportArticle({ id: mine.id, confirmedWarningIds: [] });
    expect(exported?.article.kicker).toBe('Their kicker');
    expect(await readFile(exportFile, 'utf8')).toContain('Their kicker');
    await expectEditorSaveRefused(again, reopened);
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Article;
    expect([onDisk.kicker, onDisk.status]).toEqual(['Their kicker', 'published']);
    await again.close();
  });

  it('restoring a revision over an outside change is refused as a conflict', async () => {
    const main = await startMain();
    const { mine, path } = await openThenChangedOutside(main);
    const [revision] = await main.api.listRevisions({ id: mine.id });
    await expect(main.api.restoreRevision({ id: mine.id, revisionId: revision!.revisionId })).rejects.toMatchObject({ code: 'conflict' });
    await expectEditorSaveRefused(main, mine);
    expect(await dekOnDisk(path)).toBe(theirDek);
    await main.close();
  });

  it('after "reload theirs" the editor saves on top of their version', async () => {
    const main = await startMain();
    const { mine, path } = await openThenChangedOutside(main);
    await expectEditorSaveRefused(main, mine);
    const { article: theirs } = await main.api.resolveConflict({ id: mine.id, choice: 'reload-theirs', mine });
    expect(theirs.dek).toBe(theirDek);
    await main.api.saveArticle({ article: { ...theirs, kicker: 'Edited after reload' }, isExplicit: false });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ dek: theirDek, kicker: 'Edited after reload' });
    await main.close();
  });
});

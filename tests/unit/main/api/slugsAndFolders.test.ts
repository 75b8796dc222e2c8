import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/article/model';
import { paragraphs, startMain } from '../../../support/mainApi';

const all = { search: '', status: 'all', sort: 'updated' } as const;

describe('main owns slugs: a save writes only to the article’s own file', () => {
  for (const start of ['warm', 'cold'] as const) {
    it(`a save of Alpha carrying the slug "bravo" leaves Bravo's file alone (${start} start)`, async () => {
      const first = await startMain();
      await first.api.createArticle({ headline: 'Alpha' });
      await first.api.createArticle({ headline: 'Bravo' });
      await first.close();
      if (start === 'cold') await rm(join(first.userDataDir, 'library-index-rows.bin'));
      const bravoPath = join(first.workspaceDir, 'bravo.article.json');
      const bravoBefore = await readFile(bravoPath, 'utf8');

      const main = await startMain(first.root);
      // A save that reaches main without an open in this process (a second window, a renderer that outlived a reload).
      const article = JSON.parse(await readFile(join(first.workspaceDir, 'alpha.article.json'), 'utf8')) as Article;
      const saved = await main.api.saveArticle({ article: { ...article, slug: 'bravo', dek: 'Alpha’s own dek' }, isExplicit: false });
      expect(saved.article.slug).toBe('alpha');
      expect(await readFile(bravoPath, 'utf8')).toBe(bravoBefore);
      expect(JSON.parse(await readFile(join(first.workspaceDir, 'alpha.article.json'), 'utf8'))).toMatchObject({ slug: 'alpha', dek: 'Alpha’s own dek' });
      expect((await main.api.getLibrary(all)).articles.map((row) => row.slug).sort()).toEqual(['alpha', 'bravo']);
      await main.close();
    });
  }

  it('only renameArticle changes the file name of a titled article', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Pier reopens' });
    const { article } = await main.api.openArticle({ id: created.id });
    const saved = await main.api.saveArticle({ article: { ...article, headline: 'Pier reopens after storm repairs' }, isExplicit: false });
    expect(saved.article.slug).toBe('pier-reopens');
    expect((await readdir(main.workspaceDir)).filter((name) => name.endsWith('.article.json'))).toEqual(['pier-reopens.article.json']);
    await main.api.renameArticle({ id: created.id, slug: 'pier-storm-repairs' });
    expect((await readdir(main.workspaceDir)).filter((name) => name.endsWith('.article.json'))).toEqual(['pier-storm-repairs.article.json']);
    await main.close();
  });
});

describe('the workspace folder deleted while an article is open', () => {
  it('keeps the unsaved text in a recovery file, and "keep mine as a copy" makes the folder again', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Night shift' });
    const { article } = await main.api.openArticle({ id: created.id });
    await rm(main.workspaceDir, { recursive: true });
    const mine: Article = { ...article, body: paragraphs('Words typed after the folder vanished.') };

    const failure = await main.api.saveArticle({ article: mine, isExplicit: false }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'conflict', message: expect.stringMatching(/workspace folder was deleted/) });
    expect((await main.session().recovery.find(created.id))?.body).toEqual(mine.body);

    const resolved = await main.api.resolveConflict({ id: created.id, choice: 'keep-mine-as-copy', mine });
    expect(resolved.copy?.body).toEqual(mine.body);
    const names = await readdir(main.workspaceDir);
    expect(names).toContain(`${resolved.copy?.slug}.article.json`);
    expect(JSON.parse(await readFile(join(main.workspaceDir, `${resolved.copy?.slug}.article.json`), 'utf8')).body).toEqual(mine.body);
    await main.close();
  });
});

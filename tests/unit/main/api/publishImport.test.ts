import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, startMain } from '../../../support/mainApi';
import { tempDir } from '../../../support/tempDir';

const ready = {
  kicker: 'Weather',
  dek: 'Forecasters expect the wind to ease by Friday.',
  bylines: [{ name: 'Ana Ruiz', role: 'reporter' as const }],
  dateline: { place: 'DOVER', date: '2026-11-27' },
  status: 'ready' as const,
};

describe('importing and publishing through the API', () => {
  it('imports the files chosen in the dialog, refuses bad ones with a reason, and reports progress', async () => {
    const root = await tempDir();
    const good = join(root, 'storm.txt');
    const bad = join(root, 'storm.rtf');
    await writeFile(good, 'Storm closes the coast road\n\nThe road between Dover and Deal was shut on Monday after waves broke over the sea wall.\n');
    await writeFile(bad, '{\\rtf1 hello}');
    const main = await startMain(undefined, { importFiles: [good, bad] });
    const outcomes = await main.api.importFiles(undefined);
    expect(outcomes).toEqual([
      expect.objectContaining({ ok: true, fileName: 'storm.txt', headline: 'Storm closes the coast road' }),
      { ok: false, fileName: 'storm.rtf', reason: expect.stringContaining('unsupported file type ".rtf"') },
    ]);
    expect((await readdir(main.workspaceDir)).filter((name) => name.endsWith('.article.json'))).toEqual(['storm-closes-the-coast-road.article.json']);
    expect(main.events.filter((entry) => entry.event === 'progress').map((entry) => entry.payload)).toEqual([
      { task: 'import', done: 1, total: 2, label: 'storm.txt' },
      { task: 'import', done: 2, total: 2, label: 'storm.rtf' },
    ]);
    await main.close();
  });

  it('publishes ready articles into the chosen folder and holds back one with an unreviewed quote', async () => {
    const main = await startMain();
    const out = join(main.root, 'out');
    const calm = await main.api.createArticle({ headline: 'Wind to ease by Friday' });
    await main.api.saveArticle({ article: { ...calm, ...ready, body: paragraphs('The Met Office lifted its warning.') }, isExplicit: true });
    const quoted = await main.api.createArticle({ headline: 'Ferry cancelled' });
    await main.api.saveArticle({ article: { ...quoted, ...ready, body: paragraphs('“No sailings today,” said Ruth Okafor, the port manager.') }, isExplicit: true });
    const again = await startMain(main.root, { folder: out });
    const outcomes = await again.api.exportArticles({ ids: [calm.id, quoted.id] });
    expect(outcomes?.[0]).toEqual({ ok: true, id: calm.id, headline: 'Wind to ease by Friday', fileName: 'wind-to-ease-by-friday.html' });
    expect(outcomes?.[1]).toMatchObject({ ok: false, id: quoted.id, reason: expect.stringMatching(/cannot be exported yet/) });
    expect(await readdir(out)).toEqual(['wind-to-ease-by-friday.html']);
    expect(await readFile(join(out, 'wind-to-ease-by-friday.html'), 'utf8')).toContain('<h1');
    const published = (await again.api.openArticle({ id: calm.id })).article;
    expect(published.status).toBe('published');
    expect((await again.api.listRevisions({ id: calm.id }))[0]?.reason).toBe('publish');
    await main.close();
    await again.close();
  });
});

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { newArticle } from '../../../../shared/article/newArticle';
import type { Article } from '../../../../shared/article/model';
import { paragraphs, startMain } from '../../../support/mainApi';
import { tempDir } from '../../../support/tempDir';

const id = '5d7a1c2e-3b4f-4a5b-8c6d-7e8f9a0b1c2d';

/** A file written by a newsroom script: known fields, plus some this Copydesk has never heard of. */
function scriptedFile(): Record<string, unknown> {
  const article = newArticle(id, '2026-11-28T10:00:00.000Z', {
    slug: 'harbour-dues',
    headline: 'Harbour dues rise',
    kicker: 'Port',
    dek: 'Boat owners will pay a fifth more from April.',
    bylines: [{ name: 'Ana Ruiz', role: 'reporter' }],
    dateline: { place: 'DOVER', date: '2026-11-27' },
    status: 'ready',
    body: paragraphs('The harbour board voted on Tuesday.'),
  });
  return {
    ...article,
    deskNote: 'UNKNOWN-FIELD-metro desk, slot 3',
    wireIds: ['UNKNOWN-FIELD-AP-1234'],
    bylines: [{ ...article.bylines[0], staffId: 'UNKNOWN-FIELD-staff-77' }],
    dateline: { ...article.dateline, timezone: 'UNKNOWN-FIELD-Europe/London' },
    sources: [{ id: 'harbour-master', kind: 'person', name: 'Sam Hale', title: 'Harbour master', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: '', identity: '', phoneVerified: 'UNKNOWN-FIELD-yes' }],
  };
}

describe('fields this Copydesk does not know', () => {
  it('are kept through open and save over IPC, at the top level and inside bylines, datelines and sources', async () => {
    const root = await tempDir();
    const workspaceDir = join(root, 'workspace');
    await mkdir(workspaceDir);
    const path = join(workspaceDir, 'harbour-dues.article.json');
    await writeFile(path, `${JSON.stringify(scriptedFile(), null, 2)}\n`);
    const main = await startMain(root);

    const opened = await dispatch(main.api, 'openArticle', { id });
    expect(opened.ok).toBe(true);
    const { article } = (opened as { ok: true; value: { article: Article } }).value;
    const saved = await dispatch(main.api, 'saveArticle', { article: { ...article, dek: 'Boat owners will pay a quarter more.' }, isExplicit: true });
    expect(saved.ok).toBe(true);

    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> & Article;
    expect(onDisk.dek).toBe('Boat owners will pay a quarter more.');
    expect(onDisk.deskNote).toBe('UNKNOWN-FIELD-metro desk, slot 3');
    expect(onDisk.wireIds).toEqual(['UNKNOWN-FIELD-AP-1234']);
    expect(onDisk.bylines[0]).toMatchObject({ staffId: 'UNKNOWN-FIELD-staff-77' });
    expect(onDisk.dateline).toMatchObject({ timezone: 'UNKNOWN-FIELD-Europe/London' });
    expect(onDisk.sources[0]).toMatchObject({ phoneVerified: 'UNKNOWN-FIELD-yes' });
    await main.close();
  });

  it('are never exported', async () => {
    const root = await tempDir();
    const workspaceDir = join(root, 'workspace');
    await mkdir(workspaceDir);
    await writeFile(join(workspaceDir, 'harbour-dues.article.json'), `${JSON.stringify(scriptedFile(), null, 2)}\n`);
    const exportFile = join(root, 'harbour-dues.html');
    const main = await startMain(root, { exportFile });
    const exported = await main.api.exportArticle({ id, confirmedWarningIds: [] });
    expect(exported?.fileName).toBe('harbour-dues.html');
    const html = await readFile(exportFile, 'utf8');
    expect(html).toContain('Harbour dues rise');
    expect(html).not.toContain('UNKNOWN-FIELD');
    expect(JSON.parse(await readFile(join(workspaceDir, 'harbour-dues.article.json'), 'utf8')).deskNote).toBe('UNKNOWN-FIELD-metro desk, slot 3');
    await main.close();
  });

  it('must hold plain JSON: other values are refused with a clear error, never kept or crashed on', async () => {
    const root = await tempDir();
    const workspaceDir = join(root, 'workspace');
    await mkdir(workspaceDir);
    await writeFile(join(workspaceDir, 'harbour-dues.article.json'), `${JSON.stringify(scriptedFile(), null, 2)}\n`);
    const main = await startMain(root);
    const { article } = await main.api.openArticle({ id });
    let deep: Record<string, unknown> = {};
    const top = deep;
    for (let level = 0; level < 10_000; level += 1) deep = (deep.next = {}) as Record<string, unknown>;
    for (const odd of [10n, new Date(0), Number.NaN, top]) {
      const result = await dispatch(main.api, 'saveArticle', { article: { ...article, odd }, isExplicit: false });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('plain JSON') } });
    }
    await main.close();
  });
});

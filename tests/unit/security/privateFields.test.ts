import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { aesGcmSecrets } from '../../../main/secrets/secrets';
import { migrateArticle } from '../../../shared/article/migrate';
import { currentSchemaVersion, isSealedValue, type Article, type Source } from '../../../shared/article/model';
import { analyse } from '../../../shared/attribution/index';
import { analyserInputFor, publishChecklist } from '../../../shared/publish';
import { paragraphs, startMain } from '../../support/mainApi';

const contactNote = 'PRIVATE-CONTACT call 555-0199 after six';
const identity = 'PRIVATE-IDENTITY Jane Q. Roe, deputy treasurer';
const markers = [contactNote, identity, '555-0199', 'Jane Q. Roe'];

const ready = {
  kicker: 'City hall',
  dek: 'The council will vote on the budget on Friday.',
  bylines: [{ name: 'Ana Ruiz', role: 'reporter' as const }],
  dateline: { place: 'DOVER', date: '2026-11-27' },
  body: paragraphs('The council published its draft budget on Monday.'),
  status: 'ready' as const,
};

function insider(fields: Partial<Source> = {}): Source {
  return { id: 'insider', kind: 'person', name: 'a city official', title: 'official', affiliation: '', level: 'anonymous', anonymityReason: 'fears dismissal', contactNote, identity, ...fields };
}

/** Every file under a folder, with its text. */
async function filesUnder(dir: string): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await filesUnder(path)));
    else out.push({ path, text: await readFile(path, 'utf8') });
  }
  return out;
}

async function expectNoMarkerOnDisk(root: string): Promise<void> {
  const files = await filesUnder(root);
  expect(files.length).toBeGreaterThan(0);
  for (const { path, text } of files) for (const marker of markers) expect(text.includes(marker), `${marker} in ${path}`).toBe(false);
}

async function savedWithSource(main: Awaited<ReturnType<typeof startMain>>): Promise<Article> {
  const created = await main.api.createArticle({ headline: 'Budget gap widens' });
  return (await main.api.saveArticle({ article: { ...created, ...ready, sources: [insider()] }, isExplicit: true })).article;
}

describe('private source fields with a keychain', () => {
  it('are sealed in the article file, revisions and recovery, and come back in clear to the renderer', async () => {
    const main = await startMain();
    const saved = await savedWithSource(main);
    expect(saved.sources[0]).toMatchObject({ contactNote, identity });
    const onDisk = JSON.parse(await readFile(join(main.workspaceDir, `${saved.slug}.article.json`), 'utf8')) as Article;
    expect(isSealedValue(onDisk.sources[0]!.contactNote)).toBe(true);
    expect(isSealedValue(onDisk.sources[0]!.identity)).toBe(true);
    expect((await main.api.openArticle({ id: saved.id })).article.sources[0]).toMatchObject({ contactNote, identity });
    const [revision] = await main.api.listRevisions({ id: saved.id });
    expect((await main.api.restoreRevision({ id: saved.id, revisionId: revision!.revisionId })).sources[0]).toMatchObject({ contactNote, identity });
    expect((await main.api.duplicateArticle({ id: saved.id })).sources[0]).toMatchObject({ contactNote, identity });
    await main.session().recovery.keep(onDisk);
    expect((await main.api.openArticle({ id: saved.id })).recovered?.sources[0]).toMatchObject({ contactNote, identity });
    await main.close();
    await expectNoMarkerOnDisk(main.root);
    expect((await startMain(main.root).then((again) => again.api.getPrivacy(undefined)))).toEqual({ isEncryptionAvailable: true });
  });

  it('keeps a value sealed on another computer as it is, through open and save, and never empties it', async () => {
    const other = await startMain(undefined, { secrets: aesGcmSecrets(Buffer.alloc(32, 9)) });
    const saved = await savedWithSource(other);
    await other.close();
    const path = join(other.workspaceDir, `${saved.slug}.article.json`);
    const sealed = (JSON.parse(await readFile(path, 'utf8')) as Article).sources[0]!;
    const here = await startMain(other.root);
    const opened = (await here.api.openArticle({ id: saved.id })).article;
    expect(opened.sources[0]).toMatchObject({ contactNote: sealed.contactNote, identity: sealed.identity });
    await here.api.saveArticle({ article: { ...opened, dek: 'Edited here' }, isExplicit: true });
    const after = (JSON.parse(await readFile(path, 'utf8')) as Article).sources[0]!;
    expect(after).toMatchObject({ contactNote: sealed.contactNote, identity: sealed.identity });
    await here.close();
  });

  it('never appear in exported HTML', async () => {
    const main = await startMain();
    const saved = await savedWithSource(main);
    const current = (await main.api.openArticle({ id: saved.id })).article;
    const warnings = publishChecklist(current, analyse(analyserInputFor(current)), { headline: 70, dek: 160 }).filter((item) => item.severity === 'warning');
    const exportFile = join(main.root, 'budget.html');
    const publisher = await startMain(main.root, { exportFile });
    await main.close();
    const result = await publisher.api.exportArticle({ id: saved.id, confirmedWarningIds: warnings.map((item) => item.id) });
    expect(result?.article.sources[0]).toMatchObject({ contactNote, identity });
    const html = await readFile(exportFile, 'utf8');
    expect(html).toContain('Budget gap widens');
    for (const marker of markers) expect(html).not.toContain(marker);
    expect(html).not.toContain('sealed:v1:');
    await publisher.close();
  });

  it('never appear in an error message or the IPC error envelope', async () => {
    const main = await startMain();
    const saved = await savedWithSource(main);
    const opened = (await main.api.openArticle({ id: saved.id })).article;
    const path = join(main.workspaceDir, `${saved.slug}.article.json`);
    const envelopes = [
      await dispatch(main.api, 'saveArticle', { article: { ...opened, sources: [insider({ level: 'secret' as Source['level'] })] }, isExplicit: true }),
      await dispatch(main.api, 'saveArticle', { article: { ...opened, sources: [insider({ contactNote: `${contactNote}${'x'.repeat(20_001)}` })] }, isExplicit: true }),
      await dispatch(main.api, 'saveArticle', { article: { ...opened, body: { type: 'doc', content: [{ type: 'script', text: identity }] } }, isExplicit: true }),
      await dispatch(main.api, 'resolveConflict', { id: 'not-an-id', choice: 'keep-mine-as-copy', mine: opened }),
    ];
    await writeFile(path, `${await readFile(path, 'utf8')} `);
    envelopes.push(await dispatch(main.api, 'saveArticle', { article: opened, isExplicit: true }));
    for (const envelope of envelopes) {
      expect(envelope.ok).toBe(false);
      for (const marker of markers) expect(JSON.stringify(envelope)).not.toContain(marker);
    }
    await main.close();
  });
});

describe('private source fields without a keychain', () => {
  it('are stored in clear, and getPrivacy says so', async () => {
    const main = await startMain(undefined, { secrets: null });
    const saved = await savedWithSource(main);
    expect(await main.api.getPrivacy(undefined)).toEqual({ isEncryptionAvailable: false });
    const onDisk = JSON.parse(await readFile(join(main.workspaceDir, `${saved.slug}.article.json`), 'utf8')) as Article;
    expect(onDisk.sources[0]).toMatchObject({ contactNote, identity });
    await main.close();
  });

  it('are sealed on the next save once a keychain is available', async () => {
    const plain = await startMain(undefined, { secrets: null });
    const saved = await savedWithSource(plain);
    await plain.close();
    const sealing = await startMain(plain.root);
    const opened = (await sealing.api.openArticle({ id: saved.id })).article;
    await sealing.api.saveArticle({ article: opened, isExplicit: false });
    await sealing.close();
    const onDisk = JSON.parse(await readFile(join(plain.workspaceDir, `${saved.slug}.article.json`), 'utf8')) as Article;
    expect(isSealedValue(onDisk.sources[0]!.contactNote) && isSealedValue(onDisk.sources[0]!.identity)).toBe(true);
  });
});

describe('schema version 3', () => {
  it('migrates a version 2 file by giving each source an empty identity', () => {
    const { identity: _identity, ...v2Source } = insider();
    const v2 = { ...migrateArticle({ schemaVersion: 1, id: '0b5f4b8e-6d43-4f3f-9f57-2f0c1c7f1a11', slug: 'a', kicker: '', headline: 'A', dek: '', bylines: [], dateline: { place: '', date: '' }, tags: [], status: 'draft', body: paragraphs('x'), createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z' }), schemaVersion: 2, sources: [v2Source] };
    const migrated = migrateArticle(v2);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.sources[0]).toEqual({ ...v2Source, identity: '' });
  });

  it('refuses a clear private note over 20,000 characters but accepts a longer sealed one', () => {
    const base = migrateArticle({ schemaVersion: 1, id: '0b5f4b8e-6d43-4f3f-9f57-2f0c1c7f1a11', slug: 'a', kicker: '', headline: 'A', dek: '', bylines: [], dateline: { place: '', date: '' }, tags: [], status: 'draft', body: paragraphs('x'), createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z' });
    expect(() => migrateArticle({ ...base, sources: [insider({ contactNote: 'x'.repeat(20_001) })] })).toThrow(/at most 20,000/);
    const sealed = aesGcmSecrets(Buffer.alloc(32, 1)).seal('é'.repeat(20_000));
    expect(migrateArticle({ ...base, sources: [insider({ contactNote: sealed })] }).sources[0]?.contactNote).toBe(sealed);
  });
});

import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../../shared/article/newArticle';
import { bundleScript } from '../../../support/bundle';
import { paragraphs, startMain } from '../../../support/mainApi';

/** Root ignores file permissions, so the scenario runs as `nobody` when the tests run as root. */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('a read-only workspace', () => {
  it('reports why a save failed, lists an unreadable file as permission denied, and loses no words', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Locked folder' });
    await main.close();
    const secret = join(main.workspaceDir, 'secret.article.json');
    const secretBytes = JSON.stringify(newArticle('0e0e0e0e-1111-4222-8333-444455556666', '2026-11-28T10:00:00.000Z', { slug: 'secret' }));
    await writeFile(secret, secretBytes);
    await chmod(secret, 0o000);
    await chmod(main.root, 0o755);
    await mkdir(main.userDataDir, { recursive: true });
    await chmod(main.userDataDir, 0o777);
    await chmod(join(main.userDataDir, 'library-index-rows.bin'), 0o666).catch(() => undefined);
    await chmod(join(main.workspaceDir, 'locked-folder.article.json'), 0o444);
    await chmod(main.workspaceDir, 0o555);

    const script = await bundleScript(resolve('tests/support/readOnlyChild.ts'));
    await chmod(join(script, '..'), 0o755);
    const child = spawnSync(process.execPath, [script, main.workspaceDir, main.userDataDir, created.id], { ...unprivileged, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout) as { unreadable: { fileName: string; reason: string }[]; saveError: { code: string; message: string } | null };

    expect(result.unreadable).toEqual([{ fileName: 'secret.article.json', reason: expect.stringMatching(/permission denied/) }]);
    expect(result.saveError?.code).toBe('write-failed');
    expect(result.saveError?.message).toMatch(/read-only|permission denied/);
    expect(result.saveError?.message).toMatch(/recovery/);
    await chmod(main.workspaceDir, 0o755);
    await chmod(secret, 0o644);
    expect(await readFile(secret, 'utf8')).toBe(secretBytes);

    const again = await startMain(main.root);
    const reopened = await again.api.openArticle({ id: created.id });
    expect(reopened.article.body).toEqual(created.body);
    expect(reopened.recovered?.body).toEqual(paragraphs('Words typed while the folder was read-only.'));
    await again.close();
  });
});

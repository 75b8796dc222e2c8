import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { apiArgSchemas, apiMethods } from '../../../../shared/ipc';
import { startMain } from '../../../support/mainApi';

const hostileIds = ['../../etc/passwd', '/etc/passwd', 'abc\u0000def', '..', 'C:\\Windows\\win.ini', '%2e%2e%2f', ''];

describe('the IPC contract', () => {
  it('has a schema for every method and nothing else', () => {
    expect(Object.keys(apiArgSchemas).sort()).toEqual([...apiMethods].sort());
  });

  it.each(hostileIds)('rejects the id %j before any handler runs', async (id) => {
    const main = await startMain();
    for (const method of ['openArticle', 'trashArticle', 'listRevisions', 'duplicateArticle'] as const) {
      const result = await dispatch(main.api, method, { id });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await readdir(main.workspaceDir)).toEqual([]);
    await main.close();
  });

  it('rejects unknown methods, missing arguments and extra settings keys', async () => {
    const main = await startMain();
    expect(await dispatch(main.api, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(main.api, 'openArticle', undefined)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(main.api, 'updateSettings', { __proto__: { polluted: true }, workspace: '/tmp' })).toMatchObject({ ok: false });
    expect(await dispatch(main.api, 'restoreRevision', { id: '7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d00', revisionId: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await main.close();
  });

  it('answers a well-formed call with a value envelope', async () => {
    const main = await startMain();
    const created = await dispatch(main.api, 'createArticle', { headline: 'Hello' });
    expect(created).toMatchObject({ ok: true, value: { headline: 'Hello', slug: 'hello' } });
    await main.close();
  });
});

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { errorCodes } from '../../../shared/errors';
import type { Article } from '../../../shared/article/model';
import { apiMethods, type ApiMethod } from '../../../shared/ipc';
import { paragraphs, startMain } from '../../support/mainApi';
import { anyValue, hostileString, mutated, traversalStrings } from './hostileValues';

/** Calls per method; 20 methods × 150 calls take about five seconds. */
const numRuns = 150;

type Main = Awaited<ReturnType<typeof startMain>>;

/** Path → SHA-1 of every file and folder under `dir`, skipping the folders main may write. */
async function tree(dir: string, skip: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (current: string): Promise<void> => {
    for (const name of await readdir(current)) {
      const path = join(current, name);
      if (skip.includes(path)) continue;
      const info = await stat(path);
      if (info.isDirectory()) {
        out.set(relative(dir, path), 'dir');
        await walk(path);
      } else out.set(relative(dir, path), createHash('sha1').update(await readFile(path)).digest('hex'));
    }
  };
  await walk(dir);
  return out;
}

const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype), Object.getOwnPropertyNames(Function.prototype)].map((names) => names.sort().join(','));

/** The arguments each method gets: a valid one, a valid one with one field made hostile, or anything at all. */
function argumentsFor(method: ApiMethod, articles: ReadonlyMap<string, Article>): fc.Arbitrary<unknown> {
  const ids = [...articles.keys()];
  const id = fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString);
  const article = fc.constantFrom(...ids).chain((articleId) => fc.constant(articles.get(articleId) ?? null));
  const bases: Record<ApiMethod, fc.Arbitrary<object | undefined>> = {
    getLibrary: fc.record({ search: hostileString, status: fc.constantFrom('all', 'draft', 'published', 'bogus'), sort: fc.constantFrom('updated', 'headline', 'relevance'), offset: fc.oneof(fc.nat(), fc.integer()), limit: fc.oneof(fc.nat(200), fc.integer()) }, { requiredKeys: ['search', 'status', 'sort'] }),
    getSnippets: fc.record({ ids: fc.array(id, { maxLength: 3 }), search: hostileString }),
    createArticle: fc.record({ headline: hostileString }),
    openArticle: fc.record({ id }),
    saveArticle: fc.record({ article: fc.oneof(article, article.chain((value) => mutated(fc.constant(value ?? {})))), isExplicit: fc.boolean() }),
    resolveConflict: fc.record({ id, choice: fc.constantFrom('reload-theirs', 'keep-mine-as-copy', 'both'), mine: article }),
    discardRecovery: fc.record({ id }),
    duplicateArticle: fc.record({ id }),
    renameArticle: fc.record({ id, slug: fc.oneof(hostileString, fc.constantFrom('ok-slug', '..', 'con', 'a--b')) }),
    trashArticle: fc.record({ id }),
    listRevisions: fc.record({ id }),
    restoreRevision: fc.record({ id, revisionId: fc.oneof(hostileString, fc.constantFrom('..', '2026-11-28T10-00-00-000Z-1-save', '../../outside/canary')) }),
    readRevision: fc.record({ id, revisionId: fc.oneof(hostileString, fc.constantFrom('..', '2026-11-28T10-00-00-000Z-1-save', '../../outside/canary')) }),
    getSettings: fc.constant(undefined),
    updateSettings: fc.record({ reviewerName: hostileString, headlineLimit: fc.integer(), lastOpen: fc.constant(null) }, { requiredKeys: [] }),
    chooseWorkspace: fc.constant(undefined),
    exportArticle: fc.record({ id, confirmedWarningIds: fc.array(hostileString, { maxLength: 3 }) }),
    exportArticles: fc.record({ ids: fc.array(id, { maxLength: 3 }) }),
    importFiles: fc.constant(undefined),
    importData: fc.record({
      name: fc.oneof(hostileString, fc.constantFrom('..', '...docx', 'a.md', 'x.txt', '.article.json', 'CON.txt')),
      dataBase64: fc.oneof(hostileString, fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('base64'))),
    }),
    openLink: fc.record({ href: fc.oneof(hostileString, fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.c', 'HTTPS://EXAMPLE.ORG', 'http://[::1]/', 'ms-settings:', 'vbscript:x')) }),
    getPrivacy: fc.constant(undefined),
    getStylePack: fc.constant(undefined),
    getNewsroom: fc.constant(undefined),
    // Only addresses that cannot leave the machine: a closed loopback port, or ones refused before connecting.
    setNewsroom: fc.record({ serverUrl: fc.oneof(fc.constant(null), hostileString, fc.constantFrom('ws://127.0.0.1:9', 'http://127.0.0.1:9', 'ws://user:pw@127.0.0.1:9', 'file:///etc/passwd')), token: fc.oneof(hostileString, fc.constantFrom('0123456789abcdef0123', 'has spaces in it')) }, { requiredKeys: ['serverUrl'] }),
    shareStory: fc.record({ id, grantees: fc.oneof(fc.constant('newsroom'), fc.array(hostileString, { maxLength: 3 })) }),
    listSharedStories: fc.constant(undefined),
    fetchSharedStory: fc.record({ id }),
    joinStory: fc.record({ id }),
    leaveStory: fc.record({ id }),
    sendStoryUpdate: fc.record({ id, update: fc.oneof(hostileString, fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64'))) }),
    sendPresence: fc.record({ id, update: fc.oneof(hostileString, fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64'))) }),
  };
  const base = bases[method];
  return fc.oneof(base, base.chain((value) => (value && typeof value === 'object' ? mutated(fc.constant(value)) : anyValue)), anyValue);
}

async function seededMain(): Promise<{ main: Main; ids: string[]; articles: Map<string, Article>; outside: string }> {
  const main = await startMain();
  const outside = join(main.root, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'canary.txt'), 'do not touch');
  const ids: string[] = [];
  const articles = new Map<string, Article>();
  for (const headline of ['Harbour strike ends', 'Council budget', '']) {
    const created = await main.api.createArticle({ headline });
    const saved = await main.api.saveArticle({ article: { ...created, body: paragraphs(`${headline} text.`) }, isExplicit: true });
    ids.push(saved.article.id);
    articles.set(saved.article.id, saved.article);
  }
  return { main, ids, articles, outside };
}

describe('every IPC method under random and malicious arguments', () => {
  it('has hostile values that reach outside the workspace', () => {
    expect(traversalStrings.some((value) => value.includes('outside/canary'))).toBe(true);
  });

  it.each([...apiMethods])('%s always answers with a clean envelope, touches nothing outside the workspace and pollutes no prototype', async (method) => {
    const { main, articles } = await seededMain();
    const skip = [main.workspaceDir, main.userDataDir];
    const before = await tree(main.root, skip);
    const cwdBefore = (await readdir(process.cwd())).sort();
    const protoBefore = prototypeKeys();
    await fc.assert(
      fc.asyncProperty(argumentsFor(method, articles), async (arg) => {
        const envelope = await dispatch(main.api, method, arg);
        expect(() => structuredClone(envelope)).not.toThrow();
        if (!envelope.ok) {
          expect(errorCodes).toContain(envelope.error.code);
          expect(envelope.error.code, envelope.error.message).not.toBe('internal');
          expect(typeof envelope.error.message).toBe('string');
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
        expect(prototypeKeys()).toEqual(protoBefore);
      }),
      { numRuns },
    );
    expect(await tree(main.root, skip)).toEqual(before);
    expect((await readdir(process.cwd())).sort()).toEqual(cwdBefore);
    expect(main.openedLinks.every((url) => /^https?:\/\//i.test(url))).toBe(true);
    await main.close();
  });

  it('refuses an unknown method name, including prototype keys, as forbidden', async () => {
    const { main } = await seededMain();
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'eval', '', 42, null]) {
      const envelope = await dispatch(main.api, name, undefined);
      expect(envelope).toEqual({ ok: false, error: { code: 'forbidden', message: 'unknown method' } });
    }
    await main.close();
  });
});

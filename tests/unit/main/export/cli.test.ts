import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newArticle } from '../../../../shared/article/newArticle';
import type { Article } from '../../../../shared/article/model';
import { runCli } from '../../../support/cli';

/** Runs the command line (bundled once for this file) in a child process. */
const cli = (...args: string[]) => runCli(args);

let dir: string;
let good: string;
let bad: string;

function article(fields: Parameters<typeof newArticle>[2]): Article {
  return newArticle('4c1d2b3a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', '2026-11-28T08:00:00.000Z', {
    bylines: [{ name: 'Jane Doe', role: 'reporter' }],
    dateline: { place: 'Springfield', date: '2026-11-28' },
    dek: 'The library opens its doors again after a year of repairs.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The library reopened on Friday.' }] }] },
    status: 'ready',
    ...fields,
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-cli-'));
  good = join(dir, 'library-reopens.article.json');
  bad = join(dir, 'untitled.article.json');
  await writeFile(good, JSON.stringify(article({ slug: 'library-reopens', headline: 'Library reopens' })), 'utf8');
  await writeFile(bad, JSON.stringify(article({ slug: 'untitled', headline: '', bylines: [] })), 'utf8');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the export and check commands', () => {
  it('previews even a blocked article, marked as a draft, and exits 0', async () => {
    const result = await cli('export', bad, '--out', join(dir, 'preview'), '--preview');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('exported 1, blocked 0, failed 0');
    expect(await readFile(join(dir, 'preview', 'untitled.preview.html'), 'utf8')).toContain('DRAFT');
    expect(JSON.parse(await readFile(bad, 'utf8'))).toMatchObject({ status: 'ready', publication: null });
  });

  it('exports what passes, names each blocked or failed file with its reason, and exits 1', async () => {
    const missing = join(dir, 'missing.article.json');
    const result = await cli('export', good, bad, missing, '--out', join(dir, 'out'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('exported 1, blocked 1, failed 1');
    expect(result.stdout).toMatch(/blocked: .*untitled\.article\.json\n {2}- error: Headline: The headline is empty\.\n {2}- error: Byline: The article has no byline\./);
    expect(result.stdout).toMatch(/failed: .*missing\.article\.json: the file no longer exists/);
    expect(result.stderr).toMatch(/\[1\/3\] exported: .*library-reopens\.article\.json\n\[2\/3\] blocked: .*\n\[3\/3\] failed: /);
    expect(await readFile(join(dir, 'out', 'library-reopens.html'), 'utf8')).toContain('<h1>Library reopens</h1>');
    expect(JSON.parse(await readFile(good, 'utf8'))).toMatchObject({ status: 'published' });
  });

  it('prints the checklist and exits 1 while an error remains, 0 when none does', async () => {
    const blocked = await cli('check', bad);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('ERROR    Headline: The headline is empty.');
    expect(blocked.stdout).toContain('ok       Dateline: Springfield, 2026-11-28');
    const ready = join(dir, 'ready.article.json');
    await writeFile(ready, JSON.stringify(article({ slug: 'ready', headline: 'Library reopens' })), 'utf8');
    const clean = await cli('check', ready);
    expect(clean.stdout).toContain('ok       Workflow status: ready');
    expect(clean.stdout).toContain('0 error(s), 0 warning(s)');
    expect(clean.code).toBe(0);
    await writeFile(ready, JSON.stringify(article({ slug: 'ready', headline: 'Library reopens', kicker: "Council's news", status: 'editing' })), 'utf8');
    const styled = await cli('check', ready);
    expect(styled.stdout).toContain('ERROR    Workflow status: Not publishable yet: its workflow status is “editing”');
    expect(styled.stdout).toContain('warning  House style: Straight quotes and apostrophes: Once; first: Straight apostrophe');
  });

  it('explains its usage and exits 2 without an output folder, started from the sources through tsx as npm run cli does', async () => {
    const result = await runCli(['export', good], { throughTsx: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run --silent cli -- export');
  });

  it('writes the JSON-LD beside the HTML with --jsonld, and warns about a broken rule pack but still exports', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'copydesk-cli-jsonld-'));
    try {
      const file = join(folder, 'harbour.article.json');
      await writeFile(file, JSON.stringify(article({ slug: 'harbour', headline: 'Harbour reopens' })), 'utf8');
      await mkdir(join(folder, '.copydesk'));
      await writeFile(join(folder, '.copydesk', 'style.json'), '{"dates": "iso"}', 'utf8');
      const result = await cli('export', file, '--out', join(folder, 'out'), '--jsonld');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/warning: .*style\.json "dates": "iso" is not one of ap, day-month-year; the default house style is used/);
      const jsonLd = JSON.parse(await readFile(join(folder, 'out', 'harbour.jsonld'), 'utf8')) as Record<string, unknown>;
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour reopens' });
      const html = await readFile(join(folder, 'out', 'harbour.html'), 'utf8');
      expect(html).toContain(JSON.stringify(jsonLd).replace(/</g, '\\u003c'));
      expect((await cli('export', file, '--out', join(folder, 'out'), '--require-evidence', 'some')).stderr).toMatch(/--require-evidence must be one of none, anonymous, all, not "some"/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

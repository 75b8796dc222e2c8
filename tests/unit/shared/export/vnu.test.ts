import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../../shared/article/newArticle';
import { renderArticleHtml } from '../../../../shared/export';
import { fixtureId, fixtureTime, fullArticle } from '../../../fixtures/export/articles';
import { hostileArticle } from '../../../fixtures/export/hostile';
import { hostileSampleArticle } from '../../../fixtures/export/hostileSample';
import { standardsExport } from '../../../fixtures/standards/articles';

const run = promisify(execFile);
const vnuJar = 'node_modules/vnu-jar/build/dist/vnu.jar';

async function javaProblem(): Promise<string> {
  try {
    await run('java', ['-version']);
  } catch {
    return 'java is not on the PATH';
  }
  try {
    await run('java', ['-jar', vnuJar, '--version']);
    return '';
  } catch {
    return `the Nu HTML Checker could not run from ${vnuJar}`;
  }
}

const missing = await javaProblem();
if (missing) console.warn(`Skipping the Nu HTML Checker test of the HTML export: ${missing}`);

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
}

describe('the HTML export and the Nu HTML Checker', () => {
  it.skipIf(Boolean(missing))('finds no errors or warnings in published, preview, empty, hostile and corrected exports with verified quotes', async () => {
    const documents: Record<string, string> = {
      'full.html': renderArticleHtml(fullArticle(), { mode: 'publish', publishedAt: '2026-11-28T14:00:00Z' }),
      'full-preview.html': renderArticleHtml(fullArticle(), { mode: 'preview' }),
      'empty-preview.html': renderArticleHtml(newArticle(fixtureId, fixtureTime), { mode: 'preview' }),
      'hostile.html': renderArticleHtml(hostileSampleArticle(), { mode: 'publish' }),
      'standards.html': standardsExport('ap'),
      'standards-dmy.html': standardsExport('day-month-year'),
    };
    fc.sample(hostileArticle, { seed: 7, numRuns: 12 }).forEach((article, index) => {
      documents[`random-${index}.html`] = renderArticleHtml(article, { mode: 'publish' });
    });
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-vnu-'));
    try {
      const files = await Promise.all(
        Object.entries(documents).map(async ([name, html]) => {
          await writeFile(join(dir, name), html, 'utf8');
          return join(dir, name);
        }),
      );
      // vnu exits 1 when it reports anything; the JSON on stdout is what we judge.
      const { stdout } = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
      );
      // Random text may use the Private Use Area; vnu warns about the reporter's characters, not our markup.
      const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages.filter(
        (message) => !(message.url?.includes('/random-') && message.subType === 'warning' && message.message.includes('Private Use Area')),
      );
      expect(messages.map((message) => `${message.type}/${message.subType ?? ''} ${message.url ?? ''}: ${message.message}`)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

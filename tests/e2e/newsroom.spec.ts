import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNewsroomServer, type RunningNewsroomServer } from '../../main/newsroom/server/newsroomServer';
import type { Article } from '../../shared/article/model';
import { openAppInstance, type AppInstance } from '../support/appInstance';
import { paragraphs } from '../support/articles';
import { storySources } from '../support/newsroomStory';
import { addUser } from '../support/newsroomUsers';
import { launchNewsroomServer } from '../support/serverProcess';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const headline = 'Council splits over the bridge repairs';
const body = [
  'The council met on Tuesday to vote on the bridge.',
  '“We will fix the bridge before winter,” Mayor Lena Grant said.',
  '“Money for repairs is welcome, but it is late,” said Councillor Carla Ramírez-Ortega.',
  'The vote is expected next week.',
];
const privateNote = 'PRIVATE mobile 555-0142';

/** Signs an app in to the newsroom server through the "Newsroom…" dialog. */
async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Newsroom server…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Newsroom server' });
  await dialog.getByLabel('Server address').fill(url);
  await dialog.getByLabel(/Your token/).fill(token);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog).toBeHidden();
}

/** Types `text` at the end of the body paragraph that contains `anchor`. */
async function typeAtEndOf(page: Page, anchor: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Article body' }).locator('p', { hasText: anchor }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });
const quotesBy = (page: Page, name: RegExp) => page.getByRole('region', { name });

/** The saved article file of an app's workspace (the only one). */
async function savedArticle(app: AppInstance): Promise<Article> {
  const files = (await readdir(app.workspaceDir)).filter((name) => name.endsWith('.article.json'));
  expect(files).toHaveLength(1);
  return JSON.parse(await readFile(join(app.workspaceDir, files[0] as string), 'utf8')) as Article;
}

test.describe('two people share a story through a newsroom server', () => {
  test.describe.configure({ timeout: 180_000 });
  let server: RunningNewsroomServer;
  let reporter: AppInstance;
  let editor: AppInstance;

  test.afterEach(async () => {
    await reporter?.close();
    await editor?.close();
    await server?.close().catch(() => undefined);
  });

  test('both edit while disconnected, reconnect and converge on body, fields and review; the editor’s flag appears live in the reporter’s Review panel', async ({ browser }) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-server-'));
    server = await startNewsroomServer({ dataDir, port: 0 });
    const port = server.port;
    const anaToken = server.users.issueToken('Ana Ruiz');
    const samToken = server.users.issueToken('Sam Editor');

    reporter = await openAppInstance(browser);
    editor = await openAppInstance(browser);
    const created = await reporter.main.api.createArticle({ headline });
    const sources = storySources.slice(0, 2).map((source, index) => (index === 0 ? { ...source, contactNote: privateNote } : source));
    await reporter.main.api.saveArticle({ article: { ...created, headline, dek: 'A first dek.', sources, body: paragraphs(...body) }, isExplicit: true });
    for (const [app, name] of [[reporter, 'Ana Ruiz'], [editor, 'Sam Editor']] as const) {
      await app.main.api.updateSettings({ reviewerName: name });
      await app.page.reload();
    }

    // The reporter signs in, opens the story and shares it with the whole newsroom.
    await signIn(reporter.page, server.url, anaToken);
    await reporter.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(headline) }).click();
    await reporter.page.getByRole('button', { name: 'Share…' }).click();
    await reporter.page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Share', exact: true }).click();
    await expect(syncStatus(reporter.page)).toHaveText('Synced');

    // The editor signs in, finds it under Shared, fetches and opens it.
    await signIn(editor.page, server.url, samToken);
    const shared = editor.page.getByRole('region', { name: 'Shared stories' });
    await shared.getByRole('button', { name: /Shared by Ana Ruiz/ }).click();
    await expect(editor.page.getByRole('textbox', { name: 'Article body' })).toContainText('before winter');
    await expect(syncStatus(editor.page)).toHaveText('Synced');
    await expect(editor.page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);

    // Each sees the other in the story; the reporter sees the editor's caret.
    await expect(reporter.page.getByLabel('Also in this story')).toContainText('Sam Editor');
    await expect(editor.page.getByLabel('Also in this story')).toContainText('Ana Ruiz');
    await typeAtEndOf(editor.page, 'next week', ' ');
    await expect(reporter.page.locator('.collaboration-caret-label', { hasText: 'Sam Editor' })).toBeVisible();
    await expect(shared.getByText(/In it now: .*Ana Ruiz/)).toBeVisible({ timeout: 15_000 });

    // The editor flags the mayor's quote; it appears in the reporter's Review panel without a reload.
    await editor.page.getByRole('tab', { name: 'Review' }).click();
    const grantOnEditor = quotesBy(editor.page, /^Quotes by (Lena )?Grant$/).getByRole('listitem').first();
    await grantOnEditor.getByRole('button', { name: 'Flag…' }).click();
    await grantOnEditor.getByRole('textbox', { name: 'What must be checked?' }).fill('Check against the recording');
    await grantOnEditor.getByRole('button', { name: 'Flag quote' }).click();
    await reporter.page.getByRole('tab', { name: 'Review' }).click();
    const grantOnReporter = quotesBy(reporter.page, /^Quotes by (Lena )?Grant$/).getByRole('listitem').first();
    await expect(grantOnReporter.getByText('Flagged', { exact: true })).toBeVisible();
    await expect(grantOnReporter.getByText('Flag: Check against the recording')).toBeVisible();

    // The server goes away; both keep working.
    await server.close();
    await expect(syncStatus(reporter.page)).toHaveText(/^Offline/);
    await expect(syncStatus(editor.page)).toHaveText(/^Offline/);
    await typeAtEndOf(reporter.page, 'met on Tuesday', ' Reporter typed this offline.');
    await reporter.page.getByRole('textbox', { name: 'Headline' }).press('Control+End');
    await reporter.page.getByRole('textbox', { name: 'Headline' }).pressSequentially(' again');
    await typeAtEndOf(editor.page, 'expected next week', 'Editor typed this offline.');
    await editor.page.getByRole('textbox', { name: 'Dek' }).fill('A dek the editor rewrote offline.');
    await quotesBy(editor.page, /Ramírez-Ortega$/).getByRole('listitem').first().getByRole('button', { name: 'Verify' }).click();
    await expect(syncStatus(reporter.page)).toHaveText(/^Offline, \d+ changes? waiting$/);
    await expect(syncStatus(editor.page)).toHaveText(/^Offline, \d+ changes? waiting$/);

    // The server comes back on the same port from its SQLite data; both resync and converge.
    server = await startNewsroomServer({ dataDir, port });
    await expect(syncStatus(reporter.page)).toHaveText('Synced', { timeout: 30_000 });
    await expect(syncStatus(editor.page)).toHaveText('Synced', { timeout: 30_000 });
    for (const page of [reporter.page, editor.page]) {
      const bodyBox = page.getByRole('textbox', { name: 'Article body' });
      await expect(bodyBox).toContainText('Reporter typed this offline.');
      await expect(bodyBox).toContainText('Editor typed this offline.');
      await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(`${headline} again`);
      await expect(page.getByRole('textbox', { name: 'Dek' })).toHaveValue('A dek the editor rewrote offline.');
      await page.getByRole('tab', { name: 'Review' }).click();
      await expect(quotesBy(page, /Ramírez-Ortega$/).getByText('Verified', { exact: true })).toBeVisible();
      await expect(quotesBy(page, /^Quotes by (Lena )?Grant$/).getByText('Flagged', { exact: true })).toBeVisible();
    }
    await expect.poll(async () => (await editor.page.getByRole('textbox', { name: 'Article body' }).innerText()) === (await reporter.page.getByRole('textbox', { name: 'Article body' }).innerText())).toBe(true);

    // Each machine writes its own .article.json through the normal save path; they agree on what is shared.
    for (const app of [reporter, editor]) {
      await app.page.keyboard.press('Control+s');
      await expect(app.page.locator('[data-save-state="saved"]')).toBeVisible();
    }
    const [mine, theirs] = [await savedArticle(reporter), await savedArticle(editor)];
    expect(theirs.body).toEqual(mine.body);
    expect([theirs.headline, theirs.dek]).toEqual([mine.headline, mine.dek]);
    expect(theirs.reviews).toEqual(mine.reviews);
    expect(Object.values(mine.reviews).map((review) => review.status).sort()).toEqual(['flagged', 'verified']);
    const text = JSON.stringify(mine.body);
    for (const typed of ['Reporter typed this offline.', 'Editor typed this offline.', ...body.map((line) => line.slice(0, 20))]) expect(text).toContain(typed.replace(/"/g, '\\"'));

    // The contact note stayed on the reporter's machine: not in the editor's file, not on the server.
    expect(JSON.stringify(theirs)).not.toContain('555-0142');
    await server.close();
    const serverFiles = await readdir(dataDir);
    for (const file of serverFiles) expect((await readFile(join(dataDir, file))).includes('555-0142'), file).toBe(false);
    expect([...reporter.externalRequests, ...editor.externalRequests]).toEqual([]);
  });
  test('review and publish across machines through `npm run server`: the editor’s verification clears the reporter’s publish checklist, the reporter publishes, the editor sees it published', async ({ browser }) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-server-'));
    const anaToken = addUser(dataDir, 'Ana Ruiz');
    const samToken = addUser(dataDir, 'Sam Editor');
    const { child, listening } = launchNewsroomServer(dataDir, 0);
    const stopServer = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    };
    server = { close: stopServer } as RunningNewsroomServer;
    const url = await listening;

    reporter = await openAppInstance(browser);
    editor = await openAppInstance(browser);
    const mayor = { id: 'src-mayor', kind: 'person' as const, name: 'Maria Lopez', title: 'Mayor', affiliation: '', level: 'on-record' as const, anonymityReason: '', contactNote: '', identity: '' };
    const created = await reporter.main.api.createArticle({ headline: 'Harbour budget passes' });
    await reporter.main.api.saveArticle({
      isExplicit: true,
      article: {
        ...created,
        kicker: 'City Hall',
        dek: 'The 7-2 vote ends a month of argument over ferry money.',
        bylines: [{ name: 'Ana Ruiz', role: 'reporter' }],
        dateline: { place: 'PORTSMOUTH', date: '2026-11-27' },
        tags: ['harbour', 'budget'],
        sources: [mayor],
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'The council approved the budget on Tuesday.' }] },
            { type: 'paragraph', content: [{ type: 'text', text: '“We listened to every ferry worker,”', marks: [{ type: 'inlineQuote', attrs: { sourceId: 'src-mayor' } }] }, { type: 'text', text: ' Mayor Maria Lopez said.' }] },
          ],
        },
      },
    });
    for (const [app, name] of [[reporter, 'Ana Ruiz'], [editor, 'Sam Editor']] as const) {
      await app.main.api.updateSettings({ reviewerName: name });
      await app.page.reload();
    }
    await signIn(reporter.page, url, anaToken);
    await reporter.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Harbour budget passes/ }).click();
    await reporter.page.getByRole('button', { name: 'Share…' }).click();
    await reporter.page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Share', exact: true }).click();
    await expect(syncStatus(reporter.page)).toHaveText('Synced');
    await signIn(editor.page, url, samToken);
    await editor.page.getByRole('region', { name: 'Shared stories' }).getByRole('button', { name: /Shared by Ana Ruiz/ }).click();
    await expect(editor.page.getByRole('textbox', { name: 'Article body' })).toContainText('every ferry worker');

    // The reporter's checklist blocks publishing: the mayor's quote is not reviewed.
    await reporter.page.getByRole('tab', { name: 'Publish' }).click();
    const exportButton = reporter.page.getByRole('button', { name: 'Export and publish…' });
    await expect(reporter.page.getByRole('list', { name: 'Publish checklist' })).toContainText('Error');
    await expect(exportButton).toBeDisabled();

    // The editor verifies it on the other machine; the reporter's checklist clears without the reporter doing anything.
    await editor.page.getByRole('tab', { name: 'Review' }).click();
    await quotesBy(editor.page, /^Quotes by Maria Lopez$/).getByRole('button', { name: 'Verify' }).click();
    await expect(reporter.page.getByText('Ready to export.')).toBeVisible({ timeout: 15_000 });
    await expect(exportButton).toBeEnabled();

    // The reporter publishes; the merged state is what goes out, and the editor sees the story published.
    await exportButton.click();
    await reporter.page.getByRole('button', { name: 'Set to ready and publish' }).click();
    await expect(reporter.page.getByText(/Published: written to exported.html/)).toBeVisible();
    await expect(reporter.page.locator('.article-bar .status')).toHaveText('published');
    // The editor's copy is saved at the editor's own time, yet it holds what was published: not "changed since".
    await expect(editor.page.locator('.article-bar .status')).toHaveText('published', { timeout: 15_000 });
    const html = await readFile(reporter.exportFile, 'utf8');
    expect(html).toContain('We listened to every ferry worker');
    await editor.page.keyboard.press('Control+s');
    await expect(editor.page.locator('[data-save-state="saved"]')).toBeVisible();
    await expect(editor.page.locator('.article-bar .status')).toHaveText('published');
    const theirs = await savedArticle(editor);
    expect(theirs.status).toBe('published');
    expect(Object.values(theirs.reviews).map((review) => [review.status, review.reviewer])).toEqual([['verified', 'Sam Editor']]);

    // After publication the editor appends a correction; it reaches the reporter's story and file.
    const editorCorrections = editor.page.getByRole('region', { name: 'Corrections and updates' });
    await editorCorrections.getByRole('button', { name: 'Add correction…' }).click();
    await editorCorrections.getByRole('textbox', { name: 'Date' }).fill('2026-11-03');
    await editorCorrections.getByRole('textbox', { name: 'Text as it will be printed' }).fill('An earlier version named the wrong ferry route.');
    await editorCorrections.getByRole('button', { name: 'Add correction' }).click();
    await expect(reporter.page.getByRole('region', { name: 'Corrections and updates' })).toContainText('An earlier version named the wrong ferry route.', { timeout: 15_000 });
    await expect(reporter.page.locator('.article-bar .status')).toContainText('changed since published');
    await reporter.page.keyboard.press('Control+s');
    await expect(reporter.page.locator('[data-save-state="saved"]')).toBeVisible();
    expect((await savedArticle(reporter)).corrections.map((entry) => [entry.text, entry.editor])).toEqual([['An earlier version named the wrong ferry route.', 'Sam Editor']]);
    expect([...reporter.externalRequests, ...editor.externalRequests]).toEqual([]);
  });
});

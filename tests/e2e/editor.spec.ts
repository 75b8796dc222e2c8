import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './harness';

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('a reporter fills every field, links an inline quote and a pull quote to a new source, renames the source, and gets it all back after a restart', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await textbox(page, 'Kicker').fill('Transport');
  await textbox(page, 'Headline').fill('Ferry fares to double in spring');
  await textbox(page, 'Dek').fill('Operators blame fuel costs; riders say the service is already failing.');
  await page.getByRole('button', { name: 'Add byline' }).click();
  await page.getByLabel('Byline 1 name').fill('Ana Ruiz');
  await page.getByRole('button', { name: 'Add byline' }).click();
  await page.getByLabel('Byline 2 name').fill('Tom Becker');
  await page.getByLabel('Byline 2 role').selectOption('photographer');
  await textbox(page, 'Additional reporting by').fill('Lee Chan');
  await textbox(page, 'Dateline place').fill('PORTSMOUTH');
  await page.getByLabel('Dateline date').fill('2026-11-27');
  await textbox(page, 'Tags').fill('ferries, fares');
  await page.getByRole('combobox', { name: 'Workflow status' }).selectOption('editing');

  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Fares will double in March. "We have no choice," the operator said.');
  await expect(body).toContainText('“We have no choice,”');
  await selectText(page, '“We have no choice,”');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await page.getByLabel('New source name').fill('Harbour Line');
  await page.getByRole('button', { name: 'Create and link' }).click();
  await expect(body.locator('span[data-inline-quote]')).toHaveText('“We have no choice,”');

  await selectText(page, '“We have no choice,”');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await page.getByRole('button', { name: 'Make pull quote' }).click();
  const pullQuote = body.locator('figure[data-pull-quote]');
  await expect(pullQuote.locator('blockquote')).toHaveText('We have no choice,');
  await pullQuote.getByRole('combobox').selectOption({ label: 'Harbour Line' });

  await page.getByRole('tab', { name: 'Sources' }).click();
  const card = page.getByRole('listitem', { name: 'Source Harbour Line' });
  await expect(card.getByText('2 quotes: 2 linked')).toBeVisible({ timeout: 5_000 });
  await card.getByLabel('Name').fill('Harbour Line Ferries');
  await card.getByLabel('Kind').selectOption('organisation');
  await expect(pullQuote.getByRole('combobox')).toContainText('Harbour Line Ferries');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  const saved = JSON.parse(await readFile(join(app.workspaceDir, 'ferry-fares-to-double-in-spring.article.json'), 'utf8'));
  await app.restart();
  await expect(textbox(page, 'Headline')).toHaveValue('Ferry fares to double in spring');
  await expect(textbox(page, 'Kicker')).toHaveValue('Transport');
  await expect(page.getByLabel('Byline 2 role')).toHaveValue('photographer');
  await expect(textbox(page, 'Additional reporting by')).toHaveValue('Lee Chan');
  await expect(page.getByLabel('Dateline date')).toHaveValue('2026-11-27');
  await expect(textbox(page, 'Tags')).toHaveValue('ferries, fares');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByRole('listitem', { name: 'Source Harbour Line Ferries' })).toBeVisible();
  await expect(body.locator('figure[data-pull-quote] select')).toHaveValue(saved.sources[0].id);
  const reloaded = await app.main.api.openArticle({ id: saved.id });
  expect(reloaded.article).toEqual(saved);
  expect(saved.sources).toEqual([expect.objectContaining({ name: 'Harbour Line Ferries', kind: 'organisation' })]);
  expect(saved.bylines).toEqual([{ name: 'Ana Ruiz', role: 'reporter' }, { name: 'Tom Becker', role: 'photographer' }]);
  expect(saved.dateline).toEqual({ place: 'PORTSMOUTH', date: '2026-11-27' });
  expect(saved.status).toBe('editing');
});

test('typing straight quotes gives curly ones, and undo gives the straight quote back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type(`She said "it's fine"`);
  await expect(body).toHaveText('She said “it’s fine”');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('She said “it’s fine"');
});

test('pasting a hostile page runs nothing and keeps only allowed markup', async ({ app }) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  const html = `<p style="color:red" onclick="window.__pwned=1">Safe <b>bold</b> <a href="javascript:window.__pwned=2">bad link</a> <a href="https://example.org/x" onmouseover="window.__pwned=3">good link</a></p>
    <script>window.__pwned=4</script><img src="x" onerror="window.__pwned=5"><iframe src="https://evil.example"></iframe>
    <h1>Title</h1><table><tr><td>cell</td></tr></table><p><span style="font-family:Comic Sans">Word text</span></p>`;
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'fallback');
    document.querySelector('.body-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
  await expect(body).toContainText('Word text');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const editorHtml = await body.innerHTML();
  expect(editorHtml).not.toMatch(/<script|<img|<iframe|<table|onclick|onerror|onmouseover|style=|javascript:/i);
  expect(editorHtml).toContain('href="https://example.org/x"');
  expect(await body.locator('a').count()).toBe(1);
  expect(await body.locator('strong').count()).toBe(1);
});

test('find and replace changes every match in one step', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('The ferry left. The ferry returned. A ferry sank.');
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find' }).fill('ferry');
  await expect(page.getByText('1 of 3')).toBeVisible();
  await page.getByRole('textbox', { name: 'Replace with' }).fill('boat');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(body).toHaveText('The boat left. The boat returned. A boat sank.');
});

test('the editor has no accessibility violations (axe-core)', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await textbox(page, 'Headline').fill('Accessible article');
  const violations = await axeViolations(page);
  expect(violations).toEqual([]);
});

async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const root = document.querySelector('.body-editor')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Node; start: number }[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: all.length });
      all += node.textContent ?? '';
    }
    const at = all.indexOf(needle);
    if (at === -1) throw new Error(`text not found: ${needle}`);
    const locate = (offset: number, isEnd: boolean) => {
      const hit = [...nodes].reverse().find((entry) => (isEnd ? entry.start < offset : entry.start <= offset))!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + needle.length, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
  await page.waitForTimeout(50);
}

test('a pull quote shows its source in the menu, and says so when its source is gone', async ({ app }) => {
  const created = await app.main.api.createArticle({ headline: 'Ferry fares to double in spring' });
  const source = { id: 'src-1', kind: 'organisation' as const, name: 'Harbour Line', title: '', affiliation: '', level: 'on-record' as const, anonymityReason: '', contactNote: '', identity: '' };
  const pullQuote = (sourceId: string, text: string) => ({ type: 'pullQuote', attrs: { sourceId }, content: [{ type: 'text', text }] });
  const body = { type: 'doc', content: [pullQuote('src-1', 'We have no choice.'), pullQuote('src-gone', 'Nobody told us.')] };
  await app.main.api.saveArticle({ article: { ...created, sources: [source], body }, isExplicit: true });
  await app.page.reload();
  await app.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Ferry fares/ }).click();
  const [linked, orphan] = [app.page.locator('figure[data-pull-quote]').nth(0), app.page.locator('figure[data-pull-quote]').nth(1)];
  await expect(linked.getByRole('combobox', { name: 'Said by' })).toHaveValue('src-1');
  await expect(linked.getByText('The linked source was removed.')).toBeHidden();
  await expect(orphan.getByRole('combobox', { name: 'Said by' })).toHaveValue('');
  await expect(orphan.getByText('The linked source was removed.')).toBeVisible();
});

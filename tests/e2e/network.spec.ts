import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { appUrl, expect, test } from './harness';

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Records Content-Security-Policy violations: a request the CSP stopped is one the app tried to make. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(globalThis, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.reload();
  return () => page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function selectText(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const root = document.querySelector('.body-editor')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`text not found: ${text}`);
  }, needle);
  await page.waitForTimeout(50);
}

test('creating, editing, sourcing, reviewing and exporting an article sends no request off the machine', async ({ app }) => {
  const { page } = app;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const cspViolations = await recordCspViolations(page);

  await page.getByRole('button', { name: 'New article' }).click();
  await textbox(page, 'Kicker').fill('City Hall');
  await textbox(page, 'Headline').fill('Harbour budget passes');
  await textbox(page, 'Dek').fill('The 7-2 vote ends a month of argument over ferry money.');
  await page.getByRole('button', { name: 'Add byline' }).click();
  await page.getByLabel('Byline 1 name').fill('Ana Ruiz');
  await textbox(page, 'Dateline place').fill('PORTSMOUTH');
  await page.getByLabel('Dateline date').fill('2026-11-27');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('The council approved the budget on Tuesday. "We listened to every ferry worker," Mayor Maria Lopez said. See https://example.org/budget for the figures.');
  await selectText(page, '“We listened to every ferry worker,”');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await page.getByLabel('New source name').fill('Maria Lopez');
  await page.getByRole('button', { name: 'Create and link' }).click();
  await expect(body.locator('span[data-inline-quote]')).toHaveText('“We listened to every ferry worker,”');

  await page.getByRole('tab', { name: 'Sources' }).click();
  const card = page.getByRole('listitem', { name: 'Source Maria Lopez' });
  await card.getByLabel('Title or role').fill('Mayor');
  await card.getByLabel('Private contact note (never exported)').fill('PRIVATE mobile 555-0142');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByRole('region', { name: 'Quotes by Maria Lopez' }).getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('textbox', { name: /Your name/ }).fill('Sam Editor');
  await page.getByRole('button', { name: 'Save name and verify' }).click();
  await expect(page.getByRole('region', { name: 'Quotes by Maria Lopez' }).getByText('Verified', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('tab', { name: 'Publish' }).click();
  for (const warning of await page.getByRole('checkbox').all()) await warning.check();
  const output = join(app.workspaceDir, '..', 'harbour-budget-passes.html');
  app.nextExportFile = output;
  await page.getByRole('button', { name: 'Export and publish…' }).click();
  await page.getByRole('button', { name: 'Set to ready and publish' }).click();
  await expect(page.getByText(/Published: written to harbour-budget-passes.html/)).toBeVisible();
  await page.getByLabel('Search articles').fill('harbour');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);

  const html = await readFile(output, 'utf8');
  expect(html).toContain('Harbour budget passes');
  expect(html).not.toContain('555-0142');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== new URL(appUrl).origin)).toEqual([]);
  expect(app.externalRequests).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});

test('the harness does notice a request that leaves the machine', async ({ app }) => {
  await app.page.goto('https://telemetry.example/collect').catch(() => undefined);
  expect(app.externalRequests).toEqual(['https://telemetry.example/collect']);
});

import type { Page } from '@playwright/test';
import { paragraphs } from '../support/articles';
import { axeViolations, expect, test } from './harness';

const story = [
  'The council voted 7-2 on Tuesday to approve the harbour budget.',
  '“We listened to every ferry worker,” Mayor Maria Lopez said after the vote.',
  '“This budget ignores the night shift,” said Councillor Dev Patel, who voted against it.',
];

async function openStory(page: Page, headline: string) {
  await page.reload();
  await page.getByRole('button', { name: new RegExp(headline) }).click();
  await page.getByRole('tab', { name: 'Review' }).click();
}

test('an editor verifies and flags quotes, sees an edited quote lose its verification, and finds it all after reopening', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Harbour budget passes' });
  await app.main.api.saveArticle({ article: { ...created, body: paragraphs(...story) }, isExplicit: true });
  await openStory(page, 'Harbour budget passes');

  const lopez = page.getByRole('region', { name: 'Quotes by Maria Lopez' });
  const patel = page.getByRole('region', { name: 'Quotes by Dev Patel' });
  await expect(lopez).toBeVisible();
  await expect(patel).toBeVisible();
  await expect(lopez.getByText(/named in the sentence/)).toBeVisible();
  await lopez.getByRole('button', { name: 'Verify' }).click();
  await lopez.getByRole('textbox', { name: /Your name/ }).fill('Sam Editor');
  await lopez.getByRole('button', { name: 'Save name and verify' }).click();
  await expect(lopez.getByText('Verified', { exact: true })).toBeVisible();
  await expect(lopez.getByText(/by Sam Editor/)).toBeVisible();
  await patel.getByRole('button', { name: 'Flag…' }).click();
  await patel.getByRole('textbox', { name: 'What must be checked?' }).fill('Check the recording: was it "night shift" or "night crew"?');
  await patel.getByRole('button', { name: 'Flag quote' }).click();
  await expect(patel.getByText('Flagged', { exact: true })).toBeVisible();

  await lopez.getByRole('button', { name: /We listened/ }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body.locator('.quote-verified')).toHaveText('We listened to every ferry worker,');
  await expect(body).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('We listened to every ferry worker,');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' and nurse');
  await expect(page.getByText('Changed since verified')).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('list', { name: 'Attribution findings' })).toContainText('edited after Sam Editor verified it');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 5_000 });

  await app.restart();
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByRole('region', { name: 'Quotes by Maria Lopez' }).getByText('Changed since verified')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quotes by Dev Patel' }).getByText('Flagged', { exact: true })).toBeVisible();
  const stored = (await app.main.api.openArticle({ id: created.id })).article;
  expect(stored.attributionLog.map((entry) => [entry.change, entry.to])).toEqual([
    ['status', 'verified'],
    ['status', 'flagged'],
    ['note', 'Check the recording: was it "night shift" or "night crew"?'],
    ['text', 'We listened to every ferry worker and nurse,'],
  ]);
  expect(stored.attributionLog.every((entry) => entry.who === 'Sam Editor')).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

test('an editor corrects a speaker and the correction sticks', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Pier repairs delayed' });
  await app.main.api.saveArticle({ article: { ...created, body: paragraphs('“The steel has not arrived,” a spokesperson said.') }, isExplicit: true });
  await app.main.api.updateSettings({ reviewerName: 'Sam Editor' });
  await openStory(page, 'Pier repairs delayed');
  const item = page.getByRole('listitem', { name: /The steel has not arrived/ });
  await item.getByRole('button', { name: 'Speaker a spokesperson' }).click();
  const speaker = item.getByLabel('Speaker', { exact: true });
  await expect(speaker).toBeFocused();
  await speaker.fill('Harbour Authority');
  await speaker.press('Enter');
  await expect(page.getByRole('region', { name: 'Quotes by Harbour Authority' })).toBeVisible();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 5_000 });
  await app.restart();
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByRole('region', { name: 'Quotes by Harbour Authority' })).toBeVisible();
});

import { join } from 'node:path';
import { expect, test } from './harness';
import { isInVisibleBand, openDemoStory } from './journeys';

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

test('find: one row at 1440, the current match shown below the toolbar, Escape from anywhere, and still finding after a restore (defect 9)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  const tops = await bar.locator('input, button').evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);

  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('searchbox', { name: 'Find' }).fill('processed within a week');
  await expect(bar.getByText('1 of 1')).toBeVisible();
  expect(await isInVisibleBand(page, '.find-match.is-current')).toBe(true);
  await page.getByRole('searchbox', { name: 'Find' }).fill('Grant');
  await page.getByRole('button', { name: 'Next match' }).click();
  await page.getByRole('button', { name: 'Next match' }).click();
  expect(await isInVisibleBand(page, '.find-match.is-current')).toBe(true);

  await page.getByRole('textbox', { name: 'Replace with' }).click();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+f');
  await page.getByRole('button', { name: 'Close find' }).focus();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();

  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find' }).fill('deckhand');
  await expect(bar.getByText('1 of 1')).toBeVisible();
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('button', { name: /Restore the revision/ }).first().click();
  await page.getByRole('dialog', { name: 'Restore preview' }).getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByText('Revision restored.')).toBeVisible();
  await expect(bar.getByText('1 of 1')).toBeVisible();
});

test('jumping to a quote from Review puts it below the sticky toolbar, at 1024 and 1440 (defect 9)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  await page.getByRole('tab', { name: 'Review' }).click();
  for (const size of [{ width: 1024, height: 700 }, { width: 1440, height: 900 }]) {
    await page.setViewportSize(size);
    for (const [speaker, words, pane] of [['(Lena )?Grant', 'The fund opens on Monday', 'bottom'], ['(Lena )?Grant', 'Harbour City has always stood', 'top']] as const) {
      await page.locator('.workspace-pane').evaluate((element, where) => element.scrollTo(0, where === 'top' ? element.scrollHeight : 0), pane);
      await page.getByRole('region', { name: new RegExp(`^Quotes by ${speaker}$`) }).getByRole('button', { name: new RegExp(words) }).click();
      await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
      expect(await isInVisibleBand(page, `.quote-mark:text("${words}")`), `${words} visible at ${size.width}`).toBe(true);
    }
  }
});

test('find still finds after the article is exported and published (defect 9)', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Deckhands return to the ferries' });
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  await app.main.api.saveArticle({
    isExplicit: true,
    article: {
      ...created,
      kicker: 'Transport',
      dek: 'The strike ended overnight.',
      bylines: [{ name: 'Ana Ruiz', role: 'reporter' }],
      dateline: { place: 'PORTSMOUTH', date: '2026-11-27' },
      tags: ['ferries'],
      body: { type: 'doc', content: [paragraph('The first deckhand was back on the quay at six.'), paragraph('Crossings resume on the hour from Monday.')] },
    },
  });
  await app.main.api.updateSettings({ reviewerName: 'Sam Editor' });
  await page.reload();
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Deckhands return/ }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  await page.getByRole('searchbox', { name: 'Find' }).fill('deckhand');
  await expect(bar.getByText('1 of 1')).toBeVisible();

  await page.getByRole('tab', { name: 'Publish' }).click();
  app.nextExportFile = join(app.workspaceDir, '..', 'deckhands.html');
  await page.getByRole('button', { name: 'Export and publish…' }).click();
  await page.getByRole('alertdialog', { name: 'Set the article to ready' }).getByRole('button', { name: 'Set to ready and publish' }).click();
  await expect(page.getByText(/Published: written to deckhands.html/)).toBeVisible();
  await expect(page.locator('.article-bar .status')).toHaveText('published');
  await expect(bar.getByText('1 of 1')).toBeVisible();
  await expect(page.locator('.find-match.is-current')).toHaveText('deckhand');
});

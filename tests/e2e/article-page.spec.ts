import type { Page } from '@playwright/test';
import { storyHeadline } from '../support/newsroomStory';
import { expect, test } from './harness';
import { inEachCombination, openDemoStory } from './journeys';

/** Whether the element at the centre of `selector` is that element (nothing lies over it). */
const isUncovered = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  });
const isClipped = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);

test('at 1440×900 and 1024×700, light and dark, the header stays on one line and the headline and dek are never clipped (defect 3)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveValue(storyHeadline);
  await inEachCombination(page, async (label) => {
    const bar = await page.locator('.article-bar').boundingBox();
    const statLines = await page.locator('.body-stats').evaluate((element) => element.getClientRects().length);
    expect(statLines, `word count on one line at ${label}`).toBe(1);
    expect(bar!.height, `status bar height at ${label}`).toBeLessThan(48);
    for (const button of ['Save', 'Focus']) expect(await isUncovered(page, `.article-bar button:text-is("${button}")`), `${button} uncovered at ${label}`).toBe(true);
    expect(await isClipped(page, '#field-headline'), `headline clipped at ${label}`).toBe(false);
    expect(await isClipped(page, '#field-dek'), `dek clipped at ${label}`).toBe(false);
    expect(await isClipped(page, '.article-chrome'), `chrome overflows at ${label}`).toBe(false);
    const body = await page.getByRole('textbox', { name: 'Article body' }).boundingBox();
    const dek = await page.locator('#field-dek').boundingBox();
    expect(body!.y, `body follows the dek at ${label}`).toBeGreaterThan(dek!.y + dek!.height);
  });
  await headline.fill(`${storyHeadline} as Crews Walk Out and the Mayor Calls an Emergency Meeting of the Council`);
  expect(await isClipped(page, '#field-headline')).toBe(false);
  await expect(page.locator('#field-headline-count')).toContainText('over');
});

test('a new article opens as a page: placeholders say what to type, the story fields sit in the Story tab with their limits, and the caret area is quiet but visible', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveAttribute('placeholder', 'Headline');
  await expect(page.getByRole('textbox', { name: 'Dek', exact: true })).toHaveAttribute('placeholder', /Dek/);
  await expect(page.locator('.body-editor p.is-editor-empty')).toHaveAttribute('data-placeholder', /Write the story/);
  const story = page.getByRole('tabpanel', { name: 'Story' });
  await expect(story).toBeVisible();
  await expect(story.getByText('Above the headline · 0 characters')).toBeVisible();
  await story.getByRole('textbox', { name: 'Tags' }).fill('ferries, fares, ferries');
  await expect(story.getByText('Separate with commas · 2 of 100 tags')).toBeVisible();
  await headline.fill('Ferry fares to double');
  await expect(page.locator('#field-headline-count')).toHaveText('21 of 70 characters');
  await expect(story.getByText(/of 80 characters/)).toBeVisible({ timeout: 5_000 });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  const focusStyle = await body.evaluate((element) => ({ outline: getComputedStyle(element).outlineStyle, shadow: getComputedStyle(element).boxShadow }));
  expect(focusStyle.outline).toBe('none');
  expect(focusStyle.shadow).toMatch(/rgb/);
  await page.keyboard.type('Fares will double.');
  await expect(page.locator('.body-editor p.is-editor-empty')).toHaveCount(0);
});

import { expect, type Page } from '@playwright/test';
import { seedNewsroom, storyHeadline } from '../support/newsroomStory';
import type { AppHarness } from './harness';

/** The four window sizes and themes the issue asks for. */
export const combinations = [
  { viewport: { width: 1440, height: 900 }, colorScheme: 'light' },
  { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' },
  { viewport: { width: 1024, height: 700 }, colorScheme: 'light' },
  { viewport: { width: 1024, height: 700 }, colorScheme: 'dark' },
] as const;

/** Runs `check` once per size and theme on the page as it is (resizing and switching theme, no reload). */
export async function inEachCombination(page: Page, check: (label: string) => Promise<void>): Promise<void> {
  for (const { viewport, colorScheme } of combinations) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await check(`${viewport.width}×${viewport.height} ${colorScheme}`);
  }
}

/**
 * Opens the demo story from the library as a reporter would in a long list: searches for its
 * headline (the list draws only the rows in view), opens it, and clears the search again.
 */
export async function openStoryFromLibrary(page: Page): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill(storyHeadline);
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(storyHeadline.slice(0, 30)) }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('federal immigration raids');
  await search.fill('');
}

/** Saves the demo story (and `others` short ones) through the real API, reloads and opens it. */
export async function openDemoStory(app: AppHarness, others = 0): Promise<string> {
  const id = await seedNewsroom(app.main, others);
  await app.page.reload();
  await openStoryFromLibrary(app.page);
  return id;
}

/** The box of the part of the article pane that is not under the sticky chrome. */
export async function visibleBand(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.workspace-pane')!.getBoundingClientRect();
    const chrome = document.querySelector('.article-chrome')!.getBoundingClientRect();
    return { top: Math.max(pane.top, chrome.bottom), bottom: Math.min(pane.bottom, window.innerHeight) };
  });
}

/** Whether an element is wholly inside the visible part of the article pane (not under the toolbar, not below the fold). */
export async function isInVisibleBand(page: Page, selector: string): Promise<boolean> {
  const band = await visibleBand(page);
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= band.top - 1 && box.y + box.height <= band.bottom + 1;
}

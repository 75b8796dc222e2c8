import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { firstImportTimeout, type AppHarness } from './harness';
import { seedNewsroom } from '../support/newsroomStory';
import { openStoryFromLibrary } from './journeys';
import { newsroomScreens } from './newsroomScreens';

/** One screen of the app, reached from the one before it. */
export interface Screen {
  name: string;
  show: (app: AppHarness) => Promise<void>;
}

const openStory = openStoryFromLibrary;
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
/** Closes the open modal dialog with Escape and waits until it is gone. */
const closeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
};

/**
 * Every screen of the app in the order a walk through it reaches them: the empty library, the
 * demo story (long headline, quotes, sources) in each side tab, the dialogs (export preview,
 * restore preview, trash, settings, import report, export results), the find bar, focus mode,
 * library selection, a new empty article; then the newsroom's (see newsroomScreens.ts). Shared by the layout and accessibility test and
 * `npm run screenshots`.
 */
export const screens: Screen[] = [
  { name: 'library-empty', show: async ({ page }) => void (await expect(page.getByText('No articles yet')).toBeVisible()) },
  {
    name: 'article-story',
    show: async (app) => {
      await seedNewsroom(app.main);
      await app.page.reload();
      await openStory(app.page);
      await app.page.waitForTimeout(500);
    },
  },
  { name: 'sources', show: async ({ page }) => void (await tab(page, 'Sources')) },
  { name: 'review', show: async ({ page }) => void (await tab(page, 'Review')) },
  {
    name: 'review-name-prompt-and-flag',
    show: async ({ page }) => {
      const item = page.getByRole('region', { name: /^Quotes by (Lena )?Grant$/ }).getByRole('listitem').first();
      await item.getByRole('button', { name: 'Flag…' }).click();
      await item.getByRole('textbox', { name: 'What must be checked?' }).fill('Check the statement against the recording from the press office, and whether “knock on the door” was in the written version too.');
      await item.getByRole('button', { name: 'Verify' }).click();
      await expect(item.getByRole('textbox', { name: /Your name/ })).toBeVisible();
    },
  },
  { name: 'publish', show: async ({ page }) => void (await tab(page, 'Publish')) },
  {
    name: 'export-preview',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'Preview HTML' }).click();
      await expect(dialog(page, 'Export preview')).toBeVisible();
    },
  },
  {
    name: 'history',
    show: async ({ page }) => {
      await closeDialog(page);
      await tab(page, 'History');
      await expect(page.getByRole('button', { name: /Restore the revision/ }).first()).toBeVisible();
    },
  },
  {
    name: 'restore-preview',
    show: async ({ page }) => {
      await page.getByRole('textbox', { name: 'Dek', exact: true }).fill('A shorter dek, written after the save.');
      await page.getByRole('button', { name: /Restore the revision/ }).first().click();
      await expect(dialog(page, 'Restore preview').getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'trash-confirmation',
    show: async ({ page }) => {
      await closeDialog(page);
      await tab(page, 'Story');
      await page.getByRole('button', { name: 'Move to trash…' }).click();
      await expect(dialog(page, 'Move to the trash?')).toBeVisible();
    },
  },
  {
    name: 'find-bar',
    show: async ({ page }) => {
      await closeDialog(page);
      await page.getByRole('textbox', { name: 'Article body' }).click();
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: 'Find' }).fill('Grant');
      await expect(page.getByText(/1 of \d/)).toBeVisible();
    },
  },
  {
    name: 'quote-popover',
    show: async ({ page }) => {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Quote', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Link quote to a source' })).toBeVisible();
    },
  },
  {
    name: 'focus-mode',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'Quote', exact: true }).click();
      await page.getByRole('button', { name: 'Focus', exact: true }).click();
      await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
    },
  },
  {
    name: 'settings',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'Focus', exact: true }).click();
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(dialog(page, 'Settings')).toBeVisible();
    },
  },
  {
    name: 'import-report',
    show: async (app) => {
      await closeDialog(app.page);
      const junk = join(app.workspaceDir, '..', 'notes.pdf');
      await writeFile(junk, '%PDF-1.4');
      app.nextImportFiles = [resolve('tests/fixtures/import/harbour-ferry-strike.txt'), junk];
      await app.page.keyboard.press('Control+Shift+O');
      await expect(dialog(app.page, 'Import report').getByRole('region', { name: /Imported/ })).toBeVisible({ timeout: firstImportTimeout });
    },
  },
  {
    name: 'library-selection',
    show: async ({ page }) => {
      await closeDialog(page);
      await page.getByRole('button', { name: 'Select', exact: true }).click();
      await page.getByRole('checkbox', { name: /^Select “Ferry fares/ }).first().check();
      await page.getByRole('checkbox', { name: /^Select “Night bus/ }).first().check();
      await expect(page.getByRole('button', { name: 'Export 2 selected…' })).toBeEnabled();
    },
  },
  {
    name: 'export-results',
    show: async (app) => {
      app.nextFolderChoice = join(app.workspaceDir, '..', 'exported');
      await mkdir(app.nextFolderChoice, { recursive: true });
      await app.page.getByRole('button', { name: 'Export 2 selected…' }).click();
      await expect(dialog(app.page, 'Export results')).toBeVisible();
    },
  },
  {
    name: 'new-article',
    show: async ({ page }) => {
      await closeDialog(page);
      await page.getByRole('button', { name: 'Done', exact: true }).click();
      await page.keyboard.press('Control+n');
      await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toBeFocused();
    },
  },
  ...newsroomScreens,
];

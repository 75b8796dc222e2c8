import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, ignoreSystemChromiumVariable } from '../../support/chromium';

const saved = { path: process.env.CHROMIUM_PATH, ignore: process.env[ignoreSystemChromiumVariable] };

afterEach(() => {
  for (const [name, value] of [['CHROMIUM_PATH', saved.path], [ignoreSystemChromiumVariable, saved.ignore]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the Chromium the tests drive', () => {
  it('on a machine with no system Chromium, is the one shipped inside the @sparticuz/chromium npm package, and it runs', async () => {
    delete process.env.CHROMIUM_PATH;
    process.env[ignoreSystemChromiumVariable] = '1';
    const launch = await findChromium();
    expect(launch.executablePath).toMatch(/node_modules\/\.cache\/copydesk-chromium\/[\d.]+\/chromium$/);
    const { version } = JSON.parse(await readFile('node_modules/@sparticuz/chromium/package.json', 'utf8')) as { version: string };
    const browser = await chromium.launch(launch);
    try {
      expect(browser.version().split('.')[0]).toBe(version.split('.')[0]);
      const page = await browser.newPage();
      await page.setContent('<p>ready</p>');
      expect(await page.textContent('p')).toBe('ready');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('runs with the libraries shipped in the same package, as on a machine without libnss3, libnspr4 or libexpat', async () => {
    delete process.env.CHROMIUM_PATH;
    process.env[ignoreSystemChromiumVariable] = '1';
    const launch = await findChromium({ isBundledLibraries: true });
    expect(launch.env?.LD_LIBRARY_PATH).toMatch(/al2023\/lib/);
    const browser = await chromium.launch(launch);
    try {
      const page = await browser.newPage();
      await page.setContent('<p>ready</p>');
      expect(await page.textContent('p')).toBe('ready');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('refuses a CHROMIUM_PATH that does not exist, naming it', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    await expect(findChromium()).rejects.toThrow('/nowhere/chromium');
  });
});

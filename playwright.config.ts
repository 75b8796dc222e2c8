import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: await findChromium(),
    trace: 'off',
  },
});

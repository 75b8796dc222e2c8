import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // One worker by default: two workers cut a 5-spec sample from 259 s to 224 s on a loaded
  // machine, but two import tests then missed their 10 s wait. COPYDESK_E2E_WORKERS=2 tries it.
  fullyParallel: false,
  workers: Number(process.env.COPYDESK_E2E_WORKERS ?? 1),
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

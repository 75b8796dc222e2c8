import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { aesGcmSecrets } from '../../main/secrets/secrets';
import type { Article } from '../../shared/article/model';
import { bodyProblem } from '../../shared/editor/validateBody';
import { expect, test } from './harness';

/** Each payload, if it ever ran, would leave a mark: a global, a dialog, a title change or a request. */
const payloads = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<iframe src="javascript:parent.__pwned = \'iframe\'"></iframe>',
  '<a href="javascript:window.__pwned = \'link\'">click</a>',
  '<img src="https://tracker.example/pixel.gif">',
  '<object data="data:text/html,<script>parent.__pwned=1</script>"></object>',
  '<style>@import url(https://evil.example/x.css);</style>',
  '<div onmouseover="alert(1)">hover</div>',
  '<form action="https://evil.example/"><button formaction="javascript:alert(1)">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<input autofocus onfocus="alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

const hostileMarkdown = [
  '---',
  'title: "<img src=x onerror=alert(1)> Night bus cut"',
  'kicker: "<script>alert(1)</script>"',
  '---',
  '',
  ...payloads,
  '',
  '[click me](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>) and <javascript:alert(1)>',
  '',
  '![pixel](https://tracker.example/p.png) “We were not consulted,” said Priya Shah.',
  '',
  '[a safe link](https://example.org/report)',
].join('\n');

async function hostileDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '<img src=x onerror=alert(1)> Ferry strike', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun('<script>window.__pwned = "docx"</script> Crews walked out, '),
              new ExternalHyperlink({ link: 'javascript:window.__pwned="docx-link"', children: [new TextRun('the union')] }),
              new TextRun(' said, citing '),
              new ExternalHyperlink({ link: 'data:text/html,<script>alert(1)</script>', children: [new TextRun('a memo')] }),
              new TextRun(' and '),
              new ExternalHyperlink({ link: 'https://example.org/union', children: [new TextRun('its website')] }),
              new TextRun('.'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Installs watchers for anything a payload could do, and returns a function that reports what happened. */
async function watchForHarm(page: Page): Promise<() => Promise<{ pwned: unknown; title: string; csp: string[]; dialogs: string[] }>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(globalThis, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.reload();
  return async () => ({
    ...(await page.evaluate(() => ({
      pwned: (globalThis as unknown as { __pwned?: unknown }).__pwned,
      title: document.title,
      csp: (globalThis as unknown as { __cspViolations: string[] }).__cspViolations,
    }))),
    dialogs,
  });
}

const harmless = { pwned: undefined, title: 'Copydesk', csp: [], dialogs: [] };

/** Elements and attributes in the editor that could run script or load something; text that merely looks like markup is fine. */
async function activeMarkup(page: Page): Promise<string[]> {
  return page.locator('.body-editor').evaluate((root) => {
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      // ProseMirror's own cursor helper after a line break: an <img> with no source.
      const isProseMirrorSeparator = element.classList.contains('ProseMirror-separator') && !element.hasAttribute('src');
      if (!isProseMirrorSeparator && /^(script|img|iframe|svg|object|embed|style|form|input|button|meta|base|link|table|video|audio)$/i.test(element.tagName)) found.push(element.outerHTML.slice(0, 120));
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${attribute.name}=`);
        if (/^(href|src|action|formaction|data)$/i.test(attribute.name) && !/^(https?:|mailto:)/i.test(attribute.value)) found.push(`${attribute.name}="${attribute.value}"`);
      }
    }
    return found;
  });
}

test('hostile files imported through the page run no script, open no dialog, load nothing and keep only safe links', async ({ app }) => {
  const { page } = app;
  const harm = await watchForHarm(page);
  const files = [
    { name: 'hostile.md', data: Buffer.from(hostileMarkdown) },
    { name: 'hostile.txt', data: Buffer.from(`Night bus cut\n\n${payloads.join('\n\n')}\n\nSee javascript:alert(1) and https://example.org/ok\n`) },
    { name: 'hostile.docx', data: await hostileDocx() },
  ];
  for (const file of files) {
    const outcome = await page.evaluate(
      ({ name, dataBase64 }) => (globalThis as unknown as { copydesk: { importData(arg: object): Promise<{ ok: boolean; value: { ok: boolean } }> } }).copydesk.importData({ name, dataBase64 }),
      { name: file.name, dataBase64: file.data.toString('base64') },
    );
    expect(outcome, file.name).toMatchObject({ ok: true, value: { ok: true } });
  }
  await page.reload();
  const entries = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(entries).toHaveCount(3);
  const body = page.getByRole('textbox', { name: 'Article body' });
  for (let index = 0; index < 3; index += 1) {
    await entries.nth(index).getByRole('button').first().click();
    await expect(body).toBeVisible();
    await page.getByRole('tab', { name: 'Sources' }).click();
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.waitForTimeout(300);
    expect(await activeMarkup(page)).toEqual([]);
  }
  expect(await harm()).toEqual(harmless);
  expect(app.externalRequests).toEqual([]);
  for (const entry of app.main.session().workspace.entries()) {
    const { article } = await app.main.api.openArticle({ id: entry.id });
    expect(bodyProblem(article.body), entry.fileName).toBeNull();
  }
});

/** Hostile HTML as a web page or a word processor might put it on the clipboard. */
const hostileClipboard = fc
  .array(fc.oneof(fc.constantFrom(...payloads), fc.constantFrom('<p>Plain words</p>', '<b>bold</b>', '<h1>Head</h1>', '<ul><li>item</li></ul>', '<blockquote>quoted</blockquote>', '<a href="https://example.org/x">ok</a>', '<span style="font-weight:700">Word</span>', '<table><tr><td>cell</td></tr></table>', '</p><p>', '<br>'), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));

test('pasting random hostile HTML runs nothing and leaves a body the schema allows', async ({ app }) => {
  const { page } = app;
  const harm = await watchForHarm(page);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Paste target');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  const samples = fc.sample(hostileClipboard, { numRuns: 30, seed: 20261128 });
  for (const html of samples) {
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      transfer.setData('text/plain', data.replace(/<[^>]*>/g, ''));
      document.querySelector('.body-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
  }
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' END-OF-PASTES');
  await page.keyboard.press('Control+s');
  const id = (await app.main.api.getLibrary({ search: '', status: 'all', sort: 'updated' })).articles[0]!.id;
  const storedBody = async () => JSON.stringify((await app.main.api.openArticle({ id }).catch(() => null))?.article.body ?? null);
  await expect.poll(storedBody, { timeout: 5_000 }).toContain('END-OF-PASTES');
  const { article } = await app.main.api.openArticle({ id });
  expect(bodyProblem(article.body)).toBeNull();
  expect(await activeMarkup(page)).toEqual([]);
  // ProseMirror parses pasted HTML into a detached document (no window: nothing there runs or
  // loads). Chromium still reports each inline handler (`script-src-attr`) and `<base href>`
  // (`base-uri`) it parses there. The live editor holds neither (checked above), and a load the
  // CSP stopped in the live page (img-src, style-src, connect-src …) would still fail this test.
  const outcome = await harm();
  const parseReports = /^(script-src-attr inline|base-uri )/;
  expect({ ...outcome, csp: outcome.csp.filter((violation) => !parseReports.test(violation)) }).toEqual(harmless);
  expect(app.externalRequests).toEqual([]);
});

test('openLink hands only http and https links to the system browser', async ({ app }) => {
  const { page } = app;
  const results = await page.evaluate(async (hrefs) => {
    const bridge = (globalThis as unknown as { copydesk: { openLink(arg: { href: string }): Promise<{ ok: boolean; error?: { code: string } }> } }).copydesk;
    return Promise.all(hrefs.map(async (href) => ({ href, answer: await bridge.openLink({ href }) })));
  }, ['https://example.org/report?id=1', 'javascript:alert(1)', 'file:///etc/passwd', 'mailto:desk@example.org', 'smb://server/share', 'http://example.org/a b']);
  expect(results.map(({ href, answer }) => [href, answer.ok ? 'opened' : answer.error?.code])).toEqual([
    ['https://example.org/report?id=1', 'opened'],
    ['javascript:alert(1)', 'invalid-argument'],
    ['file:///etc/passwd', 'invalid-argument'],
    ['mailto:desk@example.org', 'invalid-argument'],
    ['smb://server/share', 'invalid-argument'],
    ['http://example.org/a b', 'invalid-argument'],
  ]);
  expect(app.openedLinks).toEqual(['https://example.org/report?id=1']);
  expect(app.externalRequests).toEqual([]);
});

async function openSourcesOf(page: Page, headline: string): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: new RegExp(headline) }).click();
  await page.getByRole('tab', { name: 'Sources' }).click();
}

const anonymous = { id: 'src-insider', kind: 'person' as const, name: 'a city official', title: '', affiliation: '', level: 'anonymous' as const, anonymityReason: 'fears dismissal', contactNote: 'Signal +1 555 0100', identity: 'Jane Roe' };

test('without a keychain the source card says private notes are stored unencrypted', async ({ app }) => {
  const { page } = app;
  app.secrets = null;
  await app.restart();
  const created = await app.main.api.createArticle({ headline: 'Budget leak' });
  await app.main.api.saveArticle({ article: { ...created, sources: [anonymous] }, isExplicit: true });
  await openSourcesOf(page, 'Budget leak');
  const card = page.getByRole('listitem', { name: 'Source a city official' });
  await expect(card.getByText(/no system keychain/)).toBeVisible();
  await expect(card.getByLabel('Real identity (private, never exported)')).toHaveValue('Jane Roe');
  await expect(card.getByLabel('Private contact note (never exported)')).toHaveValue('Signal +1 555 0100');
});

test('with a keychain private notes are sealed on disk, shown in clear, and no note is shown', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Budget leak' });
  await app.main.api.saveArticle({ article: { ...created, sources: [anonymous] }, isExplicit: true });
  await openSourcesOf(page, 'Budget leak');
  const card = page.getByRole('listitem', { name: 'Source a city official' });
  await expect(card.getByLabel('Real identity (private, never exported)')).toHaveValue('Jane Roe');
  await card.getByLabel('Private contact note (never exported)').fill('Meet at the library, Tuesdays');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await expect(card.getByText(/no system keychain/)).toHaveCount(0);
  const text = await readFile(join(app.workspaceDir, 'budget-leak.article.json'), 'utf8');
  expect(text).not.toContain('Jane Roe');
  expect(text).not.toContain('Tuesdays');
  expect(text).toContain('sealed:v1:');
});

test('a note sealed on another computer is shown as such and kept through an edit and save', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Budget leak' });
  const path = join(app.workspaceDir, 'budget-leak.article.json');
  const elsewhere = aesGcmSecrets(Buffer.alloc(32, 42));
  const sealedSource = { ...anonymous, contactNote: elsewhere.seal(anonymous.contactNote), identity: elsewhere.seal(anonymous.identity) };
  const onDisk = JSON.parse(await readFile(path, 'utf8')) as Article;
  await writeFile(path, JSON.stringify({ ...onDisk, sources: [sealedSource] }, null, 2));
  await expect.poll(async () => (await app.main.api.openArticle({ id: created.id })).article.sources.length).toBe(1);
  await openSourcesOf(page, 'Budget leak');
  const card = page.getByRole('listitem', { name: 'Source a city official' });
  await expect(card.getByText(/Encrypted on another computer/)).toHaveCount(2);
  await card.getByLabel('Title or role').fill('a senior official');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await expect.poll(async () => (JSON.parse(await readFile(path, 'utf8')) as Article).sources[0]?.title).toBe('a senior official');
  const saved = (JSON.parse(await readFile(path, 'utf8')) as Article).sources[0]!;
  expect(saved.contactNote).toBe(sealedSource.contactNote);
  expect(saved.identity).toBe(sealedSource.identity);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/importers/importFile';
import { articleSchema } from '../../../shared/article/model';
import { bodyProblem } from '../../../shared/editor/validateBody';
import { AppError } from '../../../shared/errors';
import { buildZip } from '../main/importers/zipBuilder';

const options = { now: '2026-11-28T10:00:00.000Z' };

/** Markup and link tricks a hostile document carries, in Markdown, HTML and plain-text spellings. */
const hostilePieces = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>', '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>', '<style>body{background:url(http://evil.example/)}</style>', '<!-- <script> -->', '<math><mi xlink:href="javascript:alert(1)">',
  '[click](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](java\tscript:alert(1))', '[x](data:text/html,<script>alert(1)</script>)', '[x](vbscript:msgbox)',
  '[x](file:///etc/passwd)', '[ok](https://example.org/a?b=1&c=<x>)', '<javascript:alert(1)>', '<https://example.org>', '![t](http://evil.example/t.png)',
  '[a][1]\n\n[1]: javascript:alert(1)\n', '> ', '>>>>>>>>>> ', '- ', '1. ', '    code', '```\n<script>\n```\n', '# ', '***', '|a|b|\n|-|-|\n', '\\', '&lt;script&gt;', '&#106;avascript:',
  '“', '”', '"', ' said Jane Roe.', '\n', '\n\n', '\u0000', '\u202e', '\ud800', 'é',
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ maxLength: 6 })), { maxLength: 50 }).map((parts) => parts.join(''));
const deepText = fc.oneof(
  fc.integer({ min: 100, max: 5_000 }).map((depth) => `${'> '.repeat(depth)}deep quote\n`),
  fc.integer({ min: 100, max: 2_000 }).map((depth) => Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- item`).join('\n')),
  fc.integer({ min: 100, max: 5_000 }).map((depth) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`),
  fc.integer({ min: 100, max: 5_000 }).map((depth) => `${'['.repeat(depth)}x${'](https://example.org)'.repeat(depth)}`),
  fc.constant(`---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: *f\n---\nBody text.\n`),
  fc.constant('---\ntitle: !!js/function "function(){ globalThis.pwned = 1 }"\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n---\nBody.\n'),
);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, '');
}

const hostileUrls = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '\\\\evil\\share', 'https://example.org/"><script>alert(1)</script>', 'https://example.org/ok', 'mailto:a@example.org', ' javascript:alert(1)'];

/** One paragraph of a hand-written WordprocessingML body, with hostile text, styles and hyperlinks. */
const docxParagraph = fc.record({
  style: fc.constantFrom('', 'Title', 'Subtitle', 'Heading1', 'Quote', 'Evil"><script>', 'ListParagraph'),
  runs: fc.array(fc.record({ text: hostileText, bold: fc.boolean(), link: fc.option(fc.nat({ max: hostileUrls.length - 1 })) }), { minLength: 1, maxLength: 4 }),
  tableDepth: fc.nat({ max: 4 }),
  field: fc.option(fc.constantFrom(...hostileUrls)),
});

type DocxParagraph = typeof docxParagraph extends fc.Arbitrary<infer T> ? T : never;

function docxFrom(paragraphs: DocxParagraph[], garbage: string): Uint8Array {
  const body = paragraphs
    .map((paragraph) => {
      const runs = paragraph.runs
        .map((run) => {
          const text = `<w:r>${run.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
          return run.link === null ? text : `<w:hyperlink r:id="rIdL${run.link}">${text}</w:hyperlink>`;
        })
        .join('');
      const field = paragraph.field ? `<w:fldSimple w:instr="HYPERLINK &quot;${escapeXml(paragraph.field)}&quot;"><w:r><w:t>field</w:t></w:r></w:fldSimple>` : '';
      const style = paragraph.style ? `<w:pPr><w:pStyle w:val="${escapeXml(paragraph.style)}"/></w:pPr>` : '';
      const p = `<w:p>${style}${runs}${field}</w:p>`;
      return `${'<w:tbl><w:tr><w:tc>'.repeat(paragraph.tableDepth)}${p}${'</w:tc></w:tr></w:tbl>'.repeat(paragraph.tableDepth)}`;
    })
    .join('');
  const rels = hostileUrls.map((url, index) => `<Relationship Id="rIdL${index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`).join('');
  const file = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });
  return buildZip([
    file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}${garbage}</w:body></w:document>`),
  ]);
}

/** Imports, then checks the outcome: a clean refusal, or an article whose body the editor schema allows. */
async function expectCleanImport(name: string, bytes: Uint8Array): Promise<'imported' | 'refused'> {
  const started = Date.now();
  try {
    const { article } = await importFile({ name, bytes }, options);
    expect(bodyProblem(article.body)).toBeNull();
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(JSON.stringify(article.body)).not.toMatch(/"href":"\s*(javascript|data|vbscript|file):/i);
    return 'imported';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('import-failed');
    return 'refused';
  } finally {
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  }
}

describe('hostile documents to import', () => {
  it.each(['hostile.txt', 'hostile.md'])('give a schema-valid body with only safe links, or a clean refusal (%s)', async (name) => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, deepText), async (text) => {
        outcomes.add(await expectCleanImport(name, new TextEncoder().encode(text)));
      }),
      { numRuns: 200 },
    );
    expect(outcomes.has('imported')).toBe(true);
  });

  it('give a schema-valid body with only safe links, or a clean refusal (hostile.docx)', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(docxParagraph, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '', '', '<w:p><w:r><w:t>unclosed', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:p>&e;</w:p>'), async (paragraphs, garbage) => {
        outcomes.add(await expectCleanImport('hostile.docx', docxFrom(paragraphs, garbage)));
      }),
      { numRuns: 80 },
    );
    expect(outcomes).toEqual(new Set(['imported', 'refused']));
  });

  it('refuse random bytes named as any importable type with an AppError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('x.txt', 'x.md', 'x.docx'), fc.uint8Array({ minLength: 1, maxLength: 3_000 }), async (name, bytes) => {
        await expectCleanImport(name, bytes);
      }),
      { numRuns: 150 },
    );
  });
});

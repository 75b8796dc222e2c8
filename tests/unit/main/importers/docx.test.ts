import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { buildNewsroomDocx, buildPlainLayoutDocx } from './docxBuilder';
import { blockTypes, fixedOptions, paragraphsOf } from './helpers';

async function importDocx(bytes: Uint8Array) {
  return importFile({ name: 'story.docx', bytes }, fixedOptions());
}

describe('Word .docx import', () => {
  it('takes the Title style as the headline and the Subtitle style as the dek', async () => {
    const { article, report } = await importDocx(await buildNewsroomDocx());
    expect(article.headline).toBe('Ferry Crews Walk Out');
    expect(article.dek).toBe('Commuters face a week of disruption');
    expect(report.fields.map((field) => field.origin)).toEqual(['Word "Title" style', 'Word "Subtitle" style']);
    expect(report.format).toBe('Word (.docx)');
  });

  it('maps Heading 1 to level 2 and Heading 3 to level 3', async () => {
    const { article } = await importDocx(await buildNewsroomDocx());
    expect(blockTypes(article.body)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(article.body.content?.[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'The offer' }] });
    expect(article.body.content?.[3]?.attrs).toEqual({ level: 3 });
  });

  it('keeps bold, italic and a safe hyperlink as marks and the curly quotes as typed', async () => {
    const { article } = await importDocx(await buildNewsroomDocx());
    expect(article.body.content?.[0]?.content).toEqual([
      { type: 'text', text: 'Crews walked out at ' },
      { type: 'text', text: 'dawn', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' on ' },
      { type: 'text', text: 'Tuesday', marks: [{ type: 'italic' }] },
      { type: 'text', text: ', the ' },
      { type: 'text', text: 'union', marks: [{ type: 'link', attrs: { href: 'https://union.example.org/' } }] },
      { type: 'text', text: ' said.' },
    ]);
    expect(paragraphsOf(article.body)).toContain('“It is fair and final,” said Tom Brennan.');
  });

  it('reports the image, the comment and the unsafe link as not imported, keeping the link text', async () => {
    const { article, report } = await importDocx(await buildNewsroomDocx());
    expect(report.dropped).toEqual(
      expect.arrayContaining([
        { item: 'image "Crews on the pier"', reason: 'images are not imported; add art in the layout' },
        { item: 'Word comment by Desk: "Check the figure"', reason: 'comments are not imported' },
        { item: 'link "file:///etc/passwd" on "the file"', reason: 'not an http, https or mailto address; the link text is kept' },
      ]),
    );
    expect(paragraphsOf(article.body)).toContain('See the file.');
  });

  it('reads kicker, headline and dek from leading plain paragraphs when no Title style is used', async () => {
    const { article, report } = await importDocx(await buildPlainLayoutDocx());
    expect([article.kicker, article.headline, article.dek]).toEqual(['Harbour Ferries', 'Ferry Crews Walk Out as Talks Collapse', 'Commuters face a week of disruption']);
    expect(paragraphsOf(article.body)).toHaveLength(2);
    expect(report.warnings).toEqual([]);
  });
});

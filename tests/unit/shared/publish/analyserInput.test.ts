import { describe, expect, it } from 'vitest';
import { analyserInputFor } from '../../../../shared/publish';
import { fixtureSources, fullArticle, paragraph, text } from '../../../fixtures/export/articles';

describe('analyserInputFor', () => {
  it('gives the analyser body paragraphs (list items included, headings and pull quotes left out)', () => {
    const input = analyserInputFor(fullArticle());
    expect(input.paragraphs).toEqual([
      '“We will balance the budget,” Major said on Friday. The vote was close.',
      '“Nobody wants this,” said an official. Read the report or this.\nSecond line.',
      'First point',
      'Second point',
      'Third step',
      'Fourth step',
      'Contact the desk.',
      '',
    ]);
  });

  it('passes sources without their private contact notes', () => {
    const input = analyserInputFor(fullArticle());
    expect(input.sources?.map((entry) => entry.id)).toEqual(fixtureSources.map((entry) => entry.id));
    expect(JSON.stringify(input.sources)).not.toContain('PRIVATE-CONTACT');
  });

  it('turns inline quote marks into links with offsets into the paragraph text, merging touching spans', () => {
    const quote = { type: 'inlineQuote', attrs: { sourceId: 'mayor' } };
    const article = fullArticle({
      body: {
        type: 'doc',
        content: [paragraph(text('He said '), text('“We ', quote), text('will”', quote, { type: 'bold' }), { type: 'hardBreak' }, text('x', { type: 'inlineQuote', attrs: { sourceId: 'insider' } }))],
      },
    });
    expect(analyserInputFor(article).links).toEqual([
      { paragraph: 0, start: 8, end: 17, sourceId: 'mayor' },
      { paragraph: 0, start: 18, end: 19, sourceId: 'insider' },
    ]);
  });

  it('passes pull quotes with their source and the reviews as stored', () => {
    const article = fullArticle();
    const input = analyserInputFor(article);
    expect(input.pullQuotes).toEqual([
      { text: 'We will balance the budget.', sourceId: 'mayor' },
      { text: 'Nobody wants this.', sourceId: 'insider' },
    ]);
    expect(input.reviews).toBe(article.reviews);
  });
});

import { describe, expect, it } from 'vitest';
import { scanParagraph, scanParagraphs } from '../../../../shared/attribution/marks';
import { analyse } from '../../../../shared/attribution/index';

const texts = (text: string): string[] => scanParagraph(text, 0).map((span) => text.slice(span.start, span.end));

describe('quotation-mark scanning', () => {
  it('pairs straight and curly marks, including mixed pairs', () => {
    expect(texts('"Plain," she said. “Curly,” he said. "Mixed one,” they said. “Mixed two."')).toEqual([
      'Plain,', 'Curly,', 'Mixed one,', 'Mixed two.',
    ]);
  });

  it('accepts a left curly mark used to close a quote', () => {
    expect(texts('"We are done.“ Then the lights went out.')).toEqual(['We are done.']);
  });

  it('does not treat apostrophes as quotation marks', () => {
    expect(texts("The mayor’s aides said the students' union and Okafor's staff weren't told.")).toEqual([]);
  });

  it('keeps single quotes nested in a double quote inside the outer quote', () => {
    expect(texts('"They called it a \'temporary\' closure, and it wasn’t," she said.')).toEqual([
      "They called it a 'temporary' closure, and it wasn’t,",
    ]);
  });

  it('runs an unclosed quote to the end of its paragraph', () => {
    const [span] = scanParagraph('She said: "The first part runs on', 0);
    expect(span).toMatchObject({ isRunOn: true, start: 11, end: 33 });
  });

  it('reports an unclosed quote as stray only when the next paragraph does not reopen it', () => {
    const continued = scanParagraphs(['He said, "It goes on', '"and ends here."']);
    const broken = scanParagraphs(['He said, "It goes on', 'The reporter moved on.']);
    expect(continued.strays).toEqual([]);
    expect(broken.strays).toEqual([{ paragraph: 0, offset: 9 }]);
  });

  it('gives quote offsets that slice back to the quote text', () => {
    const paragraphs = ['Lead.', '“First words,” the coach said. "Second words."'];
    for (const quote of analyse({ paragraphs }).quotes) {
      expect(paragraphs[quote.paragraph]?.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';

const words = ['said', 'Mayor', 'Ana', 'Lugo', 'she', 'the', 'council', '"', '“', '”', "'", 'told', 'reporters', ',', '.', 'according', 'to', 'Dr.', 'X'];
const paragraph = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('analyser robustness', () => {
  it('never throws and always returns quotes whose offsets slice back to their text', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        const result = analyse({ paragraphs });
        for (const quote of result.quotes) {
          expect(paragraphs[quote.paragraph]?.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.speaker === null).toBe(quote.speakerKind === 'none');
        }
        const keys = result.quotes.map((quote) => quote.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { quotesOf } from './helpers';

describe('a bare document goes to an organisation only when the text says it issued one', () => {
  it('keeps “the report” as the speaker when the organisation named before is only what the report is about', () => {
    const paragraphs = [
      'Harbor Freight Authority managers met the auditors on Tuesday to discuss the dredging budget.',
      '“Costs have doubled in three years without any review,” the report concluded.',
    ];
    const [quote] = quotesOf(paragraphs);
    expect(quote?.speaker).toBe('the report');
    expect(quote?.speakerKind).not.toBe('named');
  });

  it('gives “the statement” to the organisation that said something in a statement two paragraphs before', () => {
    const paragraphs = [
      '“We regret the delay to the ferry service,” the Harbor Freight Authority said in a statement.',
      'Crews worked through the night to repair the damaged pier.',
      '“Repairs will be finished by Friday,” the statement added.',
    ];
    const quotes = quotesOf(paragraphs);
    expect(quotes[1]?.speaker).toBe('Harbor Freight Authority');
    expect(quotes[1]?.speakerKind).toBe('organisation');
  });

  it('gives “the letter” to the organisation it came from (`a letter from …`)', () => {
    const paragraphs = [
      'Parents received a letter from the Lakeside School Board on Monday about the closures.',
      '“No child will lose a place because of this decision,” the letter said.',
    ];
    const result = analyse({ paragraphs });
    expect(result.quotes[0]?.speaker).toBe('Lakeside School Board');
    expect(result.quotes[0]?.explanation).toContain('Lakeside School Board');
  });
});

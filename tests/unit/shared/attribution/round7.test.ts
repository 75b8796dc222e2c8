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
    expect(result.quotes[0]?.explanation).toBe('"the letter" → issued by Lakeside School Board');
  });
});

describe('an unnamed source keeps the `who` clause that describes it', () => {
  it('keeps why the source is unnamed, after an inverted verb', () => {
    const paragraphs = ['“The border crossing will stay open all winter,” said a customs officer who was not allowed to speak for the agency.'];
    const [quote] = quotesOf(paragraphs);
    expect(quote?.speaker).toBe('a customs officer who was not allowed to speak for the agency');
    expect(quote?.speakerKind).toBe('descriptive');
  });

  it('keeps a clause set off by commas and carries the whole description to the next quote', () => {
    const paragraphs = [
      '“We were told nothing,” a nurse, who has worked at the clinic for a decade, said on Friday.',
      '“Nobody asked us,” she added. “Not once.”',
    ];
    const quotes = quotesOf(paragraphs);
    expect(quotes[0]?.speaker).toBe('a nurse, who has worked at the clinic for a decade');
  });

  it('leaves out a clause cut short by a quote or ending on an auxiliary', () => {
    const paragraphs = ['“Nobody reads the fine print,” said a lawyer who has called the contract “a trap” for tenants.'];
    expect(quotesOf(paragraphs)[0]?.speaker).toBe('a lawyer');
  });

  it('leaves out an aside set off by commas after a description with `the`', () => {
    const paragraphs = ['“The queue starts at dawn,” the nurse, who was on duty that night, said.'];
    expect(quotesOf(paragraphs)[0]?.speaker).toBe('the nurse');
  });

  it('never adds a clause to a named speaker', () => {
    const paragraphs = ['“The border crossing will stay open,” said Ana Ruiz, who runs the customs office.'];
    expect(quotesOf(paragraphs)[0]?.speaker).toBe('Ana Ruiz');
  });
});

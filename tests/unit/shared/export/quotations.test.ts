import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleJsonLd, renderArticleHtml, type NewsArticleJsonLd } from '../../../../shared/export';
import { analysisOf, correction, standardsArticle, standardsSources, withVerified } from '../../../fixtures/standards/articles';

const publishedAt = '2019-07-12T20:04:00Z';
const verified = withVerified(standardsArticle(), 'held the line', 'crews', 'Nobody');
const options = { mode: 'publish' as const, publishedAt, analysis: analysisOf(verified) };
const html = renderArticleHtml(verified, options);

function jsonLdOf(document: string): NewsArticleJsonLd {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(document);
  if (!match?.[1]) throw new Error('no JSON-LD script');
  return JSON.parse(match[1]) as NewsArticleJsonLd;
}

/** The schema.org properties Copydesk writes, by type: a document using any other type or property is not what we claim. */
const schemaOrg: Record<string, readonly string[]> = {
  NewsArticle: ['@context', '@type', 'headline', 'description', 'author', 'datePublished', 'dateModified', 'locationCreated', 'keywords', 'inLanguage', 'hasPart', 'correction'],
  Person: ['@type', 'name', 'jobTitle', 'description'],
  Organization: ['@type', 'name'],
  Place: ['@type', 'name'],
  Quotation: ['@type', 'text', 'spokenByCharacter'],
  CorrectionComment: ['@type', 'name', 'text', 'datePublished'],
};

/** Every typed node in a JSON-LD tree, with a path for messages. */
function typedNodes(value: unknown, path = '$'): { path: string; node: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => typedNodes(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const own = typeof node['@type'] === 'string' ? [{ path, node }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => typedNodes(child, `${path}.${key}`))];
}

function schemaProblems(data: unknown): string[] {
  return typedNodes(data).flatMap(({ path, node }) => {
    const properties = schemaOrg[String(node['@type'])];
    if (!properties) return [`${path}: ${String(node['@type'])} is not a type Copydesk writes`];
    return Object.keys(node).filter((key) => !properties.includes(key)).map((key) => `${path}: ${key} is not a property of ${String(node['@type'])}`);
  });
}

describe('quotes as structured data', () => {
  it('lists each verified quote as a schema.org Quotation linked from the NewsArticle, with its speaker', () => {
    const data = jsonLdOf(html);
    expect(data['@context']).toBe('https://schema.org');
    expect(data.hasPart).toEqual([
      { '@type': 'Quotation', text: 'We held the line for as long as we could,', spokenByCharacter: { '@type': 'Person', name: 'Ruth Okafor', jobTitle: 'Chair' } },
      { '@type': 'Quotation', text: 'The crews were never asked,', spokenByCharacter: { '@type': 'Organization', name: 'Ferry Workers Union' } },
      { '@type': 'Quotation', text: 'Nobody asked us,', spokenByCharacter: { '@type': 'Person', description: 'a deckhand' } },
    ]);
    expect(schemaProblems(data)).toEqual([]);
  });

  it('uses only schema.org types and properties (and the check notices one that is not)', () => {
    expect(schemaProblems({ '@type': 'Quotation', text: 'x', spokenBy: { '@type': 'Person', name: 'A' } })).toEqual(['$: spokenBy is not a property of Quotation']);
  });

  it('marks verified quotes up as <q> with the speaker in data-speaker, drawing the quotation marks itself', () => {
    expect(html).toContain('<p><q class="quote" data-speaker="Ruth Okafor" data-speaker-kind="person" data-speaker-title="Chair">We held the line for as long as we could,</q> said Ruth Okafor');
    expect(html).toContain('<q class="quote" data-speaker="Ferry Workers Union" data-speaker-kind="organization">The crews were never asked,</q>');
    expect(html).toContain('<q class="quote" data-speaker="a deckhand" data-speaker-kind="unnamed">Nobody asked us,</q> a deckhand said.');
    expect(html).not.toMatch(/\scite=/);
  });

  it('does not mark up an unverified, flagged or edited quote as attributed', () => {
    expect(html).toContain('<p>“Fares will rise again,” said Tom Reyes, a commuter.</p>');
    const none = renderArticleHtml(standardsArticle(), { ...options, analysis: analysisOf(standardsArticle()) });
    expect(none).not.toMatch(/<q\b|data-speaker/);
    expect(jsonLdOf(none)).not.toHaveProperty('hasPart');
    const edited = standardsArticle({ reviews: verified.reviews, body: { ...verified.body, content: verified.body.content?.map((block, index) => (index === 1 ? { type: 'paragraph', content: [{ type: 'text', text: '“We held the line for as long as we possibly could,” said Ruth Okafor.' }] } : block)) } });
    const editedHtml = renderArticleHtml(edited, { ...options, analysis: analysisOf(edited) });
    expect(editedHtml).not.toContain('data-speaker="Ruth Okafor"');
    expect(jsonLdOf(editedHtml).hasPart?.map((part) => part.text)).toEqual(['The crews were never asked,', 'Nobody asked us,']);
  });

  it('leaves a quote that runs on into the next paragraph open, as newspapers print it', () => {
    const article = withVerified(standardsArticle({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '“We held the line for as long as we could,” said Ruth Okafor. “Fuel has doubled and the ferries are old' }] }, { type: 'paragraph', content: [{ type: 'text', text: '“We had no choice.”' }] }] } }), 'Fuel');
    expect(renderArticleHtml(article, { ...options, analysis: analysisOf(article) })).toContain('<q class="quote runs-on" data-speaker="Ruth Okafor"');
  });

  it('never writes an anonymous source’s name, identity or reason, whatever they are', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 30 }).filter((value) => /^[A-Za-z][A-Za-z ]+[A-Za-z]$/.test(value)), fc.string({ minLength: 4, maxLength: 30 }).filter((value) => /\w{4}/.test(value)), (name, identity) => {
        const marker = `Zq${name}`;
        const sources = standardsSources.map((source) => (source.id === 'deckhand' ? { ...source, name: marker, identity: `Zq${identity}` } : source));
        const article = withVerified(standardsArticle({ sources }), 'Nobody');
        const output = renderArticleHtml(article, { ...options, analysis: analysisOf(article) });
        const data = JSON.stringify(articleJsonLd(article, { ...options, analysis: analysisOf(article) }));
        for (const secret of [marker, `Zq${identity}`, 'PRIVATE-REASON']) {
          expect(output).not.toContain(secret);
          expect(data).not.toContain(secret);
        }
        expect(output).toContain('data-speaker="a deckhand" data-speaker-kind="unnamed"');
      }),
      { numRuns: 40, seed: 14 },
    );
  });

  it('writes the same JSON-LD to the page and to articleJsonLd, byte for byte on every run', () => {
    expect(jsonLdOf(html)).toEqual(articleJsonLd(verified, options));
    expect(renderArticleHtml(verified, options)).toBe(html);
  });
});

describe('corrections in the export', () => {
  const corrected = {
    ...verified,
    corrections: [
      correction({ id: 'a', text: 'An earlier version misstated the fare increase.' }),
      correction({ id: 'b', kind: 'clarification', date: '2019-07-15', text: 'The vote was 5-2, not unanimous.' }),
      correction({ id: 'c', kind: 'correction', text: 'A mistaken entry.', struck: { at: '2019-07-15T10:00:00.000Z', by: 'Sam Editor', reason: 'added to the wrong story' } }),
      correction({ id: 'd', kind: 'update', date: '2019-07-16', text: 'The board confirmed the date.' }),
    ],
  };
  const output = renderArticleHtml(corrected, options);

  it('prints them at the end of the story in the order they were added, in the newsroom form, leaving struck ones out', () => {
    const section = /<section class="corrections"[^>]*>([\s\S]*?)<\/section>/.exec(output)?.[1] ?? '';
    expect(section.trim().split('\n')).toEqual([
      '<p class="correction"><strong>Correction, July 14, 2019:</strong> An earlier version misstated the fare increase.</p>',
      '<p class="correction"><strong>Clarification, July 15, 2019:</strong> The vote was 5-2, not unanimous.</p>',
      '<p class="correction"><strong>Update, July 16, 2019:</strong> The board confirmed the date.</p>',
    ]);
    expect(output).toMatch(/<\/p>\n<\/section>\n<\/article>/);
    expect(output).not.toContain('A mistaken entry');
  });

  it('lists them in order as schema.org correction entries', () => {
    expect(jsonLdOf(output).correction).toEqual([
      { '@type': 'CorrectionComment', name: 'Correction', text: 'An earlier version misstated the fare increase.', datePublished: '2019-07-14' },
      { '@type': 'CorrectionComment', name: 'Clarification', text: 'The vote was 5-2, not unanimous.', datePublished: '2019-07-15' },
      { '@type': 'CorrectionComment', name: 'Update', text: 'The board confirmed the date.', datePublished: '2019-07-16' },
    ]);
    expect(schemaProblems(jsonLdOf(output))).toEqual([]);
  });

  it('writes dates day-month-year when the newsroom asks, and the publication time in its time zone', () => {
    const dmy = renderArticleHtml(corrected, { ...options, dateStyle: 'day-month-year', timeZone: 'Europe/London' });
    expect(dmy).toContain('<strong>Correction, 14 July 2019:</strong>');
    expect(dmy).toContain('<time class="dateline-date" datetime="2019-07-12">12 July 2019</time>');
    expect(dmy).toContain('Published <time datetime="2019-07-12T20:04:00Z">12 July 2019, 21:04 GMT+1</time>');
    expect(output).toContain('Published <time datetime="2019-07-12T20:04:00Z">July 12, 2019, 8:04 p.m. UTC</time>');
    expect(output).toContain('<p><span class="dateline">PORTSMOUTH —</span> The board voted');
  });
});

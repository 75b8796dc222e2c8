import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/article/model';
import { articleJsonLd, renderArticleHtml } from '../../../../shared/export';
import { publishChecklist } from '../../../../shared/publish';
import { hostileArticle } from '../../../fixtures/export/hostile';
import { analysisOf, evidenceMarkers, markedEvidence, standardsArticle, withVerified } from '../../../fixtures/standards/articles';

/** Random evidence: the fixed markers, or random text around them, under random and real quote keys. */
const evidenceText = fc.constantFrom(...Object.values(evidenceMarkers)).chain((marker) => fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}${marker}${b}`));

function withEvidence(article: Article, keys: string[], texts: string[]): Article {
  const evidence = Object.fromEntries(
    keys.map((key, index) => {
      const marker = texts[index % texts.length] ?? evidenceMarkers.note;
      return [key, { ...markedEvidence('quote'), note: marker, transcript: `${marker} ${evidenceMarkers.transcript}` }];
    }),
  );
  return { ...article, evidence };
}

function expectNoEvidence(article: Article, output: string): void {
  for (const marker of Object.values(evidenceMarkers)) expect(output).not.toContain(marker);
  for (const entry of Object.values(article.evidence)) {
    for (const value of [entry.note, entry.transcript, entry.recordingFile]) if (value.length > 12) expect(output).not.toContain(value);
  }
}

describe('evidence behind quotes is never exported', () => {
  it('appears in no HTML or JSON-LD of random hostile articles, published or previewed', () => {
    fc.assert(
      fc.property(hostileArticle, fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 5 }), fc.array(evidenceText, { minLength: 1, maxLength: 5 }), (base, keys, texts) => {
        const article = withEvidence(base, keys, texts);
        for (const mode of ['publish', 'preview'] as const) {
          expectNoEvidence(article, renderArticleHtml(article, { mode }));
          expectNoEvidence(article, JSON.stringify(articleJsonLd(article, { mode })));
        }
      }),
      { numRuns: 120, seed: 1414 },
    );
  });

  it('appears nowhere in the export or the checklist of a story whose verified quotes all carry evidence', () => {
    fc.assert(
      fc.property(fc.subarray(['held the line', 'crews', 'Nobody'], { minLength: 1 }), fc.array(evidenceText, { minLength: 1, maxLength: 3 }), (verifiedWords, texts) => {
        const verified = withVerified(standardsArticle(), ...verifiedWords);
        const analysis = analysisOf(verified);
        const article = withEvidence(verified, analysis.quotes.map((quote) => quote.key), texts);
        const options = { mode: 'publish' as const, publishedAt: '2019-07-12T20:04:00Z', analysis };
        expectNoEvidence(article, renderArticleHtml(article, options));
        expectNoEvidence(article, JSON.stringify(articleJsonLd(article, options)));
        expectNoEvidence(article, JSON.stringify(publishChecklist(article, analysis, undefined, { evidence: 'all' })));
      }),
      { numRuns: 25, seed: 2019 },
    );
  });
});

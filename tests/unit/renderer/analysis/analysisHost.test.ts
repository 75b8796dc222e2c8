import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { generateArticle, specForWords } from '../../../../bench/fixtures/article';
import type { Article, BodyNode } from '../../../../shared/article/model';
import { analyse, matchReviews } from '../../../../shared/attribution/index';
import { editorSchema } from '../../../../shared/editor/extensions';
import { analyserInputFor } from '../../../../shared/publish';
import { createLongLivedAnalyser } from '../../../../renderer/analysis/analyser';
import { createAnalysisHost, rehearsalSteps } from '../../../../renderer/analysis/analysisHost';
import { changeBetween, paragraphsOf, pullQuotesOf, snapshotOf } from '../../../../renderer/analysis/documentIndex';

function wholeArticleAnalysis(article: Pick<Article, 'body' | 'sources' | 'reviews'>) {
  const result = analyse(analyserInputFor(article));
  return { ...result, matches: matchReviews(result.quotes, article.reviews) };
}

const analyserSources = (article: Article) => analyserInputFor(article).sources ?? [];

describe('the analysis worker’s host', () => {
  const article = generateArticle(specForWords(2_000, 11));
  const state = EditorState.create({ doc: editorSchema.nodeFromJSON(article.body) });
  const start = snapshotOf(state.doc);
  const first = {
    type: 'update' as const,
    version: 1,
    splice: { start: 0, deleteCount: 0, paragraphs: paragraphsOf(start) },
    context: { sources: analyserSources(article), reviews: article.reviews, pullQuotes: pullQuotesOf(start) },
  };

  it('analyses what it holds exactly as the analyser reads the whole article', () => {
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    const reply = host.analyse();
    expect(reply.type).toBe('result');
    if (reply.type !== 'result') return;
    expect(reply.version).toBe(1);
    expect(reply.paragraphCount).toBe(start.infos.reduce((sum, info) => sum + info.paragraphs.length, 0));
    expect(reply.analysis).toEqual(wholeArticleAnalysis(article));
    expect(reply.analysis.quotes.length).toBeGreaterThan(10);
  });

  it('after a splice and a new review, gives the analysis of the edited article', () => {
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    let position = 0;
    for (let index = 0; index < 6; index += 1) position += state.doc.child(index).nodeSize;
    const edited = state.apply(state.tr.insertText(' “We will rebuild the pier,” said Harbour Master Ana Ruiz.', position + state.doc.child(6).nodeSize - 1));
    const quoteKey = (host.analyse() as { analysis: { quotes: { key: string }[] } }).analysis.quotes[0]!.key;
    const reviews = { [quoteKey]: { status: 'verified' as const, reviewer: 'Sam Editor', at: '2026-11-02T10:00:00.000Z', text: 'x', speakerOverride: null, note: '' } };
    host.apply({ type: 'update', version: 2, splice: changeBetween(start, snapshotOf(edited.doc)).splice, context: { reviews } });
    const reply = host.analyse();
    const expected = wholeArticleAnalysis({ ...article, body: edited.doc.toJSON() as BodyNode, reviews });
    expect(reply).toMatchObject({ type: 'result', version: 2 });
    if (reply.type !== 'result') return;
    expect(reply.analysis).toEqual(expected);
    expect(reply.analysis.quotes.some((quote) => quote.text.startsWith('We will rebuild the pier') && quote.speaker === 'Ana Ruiz')).toBe(true);
  });

  it('answers "unchanged", naming the result it repeats, when an edit changes no quote or finding', () => {
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    expect(host.analyse()).toMatchObject({ type: 'result', version: 1 });
    const plain = start.infos.findIndex((info) => info.paragraphs.length === 1 && !info.paragraphs[0]!.text.includes('“'));
    const at = start.infos.slice(0, plain).reduce((sum, info) => sum + info.paragraphs.length, 0);
    const paragraph = start.infos[plain]!.paragraphs[0]!;
    host.apply({ type: 'update', version: 2, splice: { start: at, deleteCount: 1, paragraphs: [{ ...paragraph, text: `${paragraph.text} More words.` }] }, context: {} });
    expect(host.analyse()).toMatchObject({ type: 'unchanged', version: 2, sameAs: 1 });
    host.apply({ type: 'update', version: 3, splice: { start: at, deleteCount: 1, paragraphs: [{ text: '“We will rebuild,” said Ana Ruiz.', links: [] }] }, context: {} });
    expect(host.analyse()).toMatchObject({ type: 'result', version: 3 });
  });

  it('answers with a result when only a review changes what the Review tab shows, and unchanged when the same review is sent again', () => {
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    const reply = host.analyse();
    if (reply.type !== 'result') throw new Error(`expected a result, got ${reply.type}`);
    const quote = reply.analysis.quotes[0]!;
    const review = { status: 'verified' as const, reviewer: 'Sam Editor', at: '2026-11-02T10:00:00.000Z', text: quote.text, speakerOverride: null, note: '' };
    host.apply({ type: 'update', version: 2, splice: null, context: { reviews: { ...article.reviews, [quote.key]: review } } });
    const verified = host.analyse();
    expect(verified).toMatchObject({ type: 'result', version: 2 });
    if (verified.type !== 'result') return;
    expect(verified.analysis.matches[0]).toMatchObject({ quoteKey: quote.key, status: 'verified' });
    expect(verified.analysis).toEqual(wholeArticleAnalysis({ ...article, reviews: { ...article.reviews, [quote.key]: review } }));
    host.apply({ type: 'update', version: 3, splice: null, context: { reviews: { ...article.reviews, [quote.key]: review } } });
    expect(host.analyse()).toMatchObject({ type: 'unchanged', version: 3, sameAs: 2 });
    host.apply({ type: 'update', version: 4, splice: null, context: { reviews: { ...article.reviews, [quote.key]: { ...review, speakerOverride: 'Sam Other' } } } });
    const overridden = host.analyse();
    expect(overridden).toMatchObject({ type: 'result', version: 4 });
    if (overridden.type === 'result') expect(overridden.analysis.quotes[0]!.speaker).toBe('Sam Other');
  });

  it('refuses an update that is not newer than the last, or a splice that does not fit what it holds', () => {
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    expect(() => host.apply({ ...first, splice: null })).toThrow(/version 1 after 1/);
    expect(() => host.apply({ type: 'update', version: 2, splice: { start: host.paragraphCount, deleteCount: 1, paragraphs: [] }, context: {} })).toThrow(RangeError);
  });

  it('rehearses keystrokes only after its first answer, a fixed number of times, each typing into its own paragraph and analysing the article as it stands again', () => {
    const rehearsed: string[][] = [];
    const analyser = createLongLivedAnalyser();
    const host = createAnalysisHost({
      analyseMatched: (input) => analyser.analyseMatched(input),
      rehearse: (input) => {
        rehearsed.push([...input.paragraphs]);
        analyser.rehearse(input);
      },
    });
    expect(host.rehearse()).toBe(false);
    host.apply(first);
    expect(host.rehearse()).toBe(false);
    expect(rehearsed).toEqual([]);
    expect(host.analyse()).toMatchObject({ type: 'result', version: 1 });
    let steps = 1;
    while (host.rehearse()) steps += 1;
    expect(steps).toBe(rehearsalSteps);
    expect(host.rehearse()).toBe(false);
    expect(rehearsed).toHaveLength(2 * rehearsalSteps);
    const texts = paragraphsOf(start).map((paragraph) => paragraph.text);
    const typedInto = new Set<number>();
    rehearsed.forEach((paragraphs, index) => {
      if (index % 2 === 1) {
        expect(paragraphs).toEqual(texts);
        return;
      }
      const changed = paragraphs.flatMap((text, at) => (text === texts[at] ? [] : [at]));
      expect(changed).toHaveLength(1);
      expect(paragraphs[changed[0]!]).toBe(`${texts[changed[0]!]}x`);
      typedInto.add(changed[0]!);
    });
    expect(typedInto.size).toBe(rehearsalSteps);
    // The warm-up changes no answer, nor the identity check: the article as it stands is "unchanged" since the first answer.
    host.apply({ type: 'update', version: 2, splice: null, context: {} });
    expect(host.analyse()).toMatchObject({ type: 'unchanged', version: 2, sameAs: 1 });
    // And the next real edit is still answered as a whole-article analysis.
    const edited = state.apply(state.tr.insertText(' “We will rebuild the pier,” said Harbour Master Ana Ruiz.', state.doc.child(0).nodeSize - 1));
    host.apply({ type: 'update', version: 3, splice: changeBetween(start, snapshotOf(edited.doc)).splice, context: {} });
    const reply = host.analyse();
    expect(reply.type).toBe('result');
    if (reply.type === 'result') expect(reply.analysis).toEqual(wholeArticleAnalysis({ ...article, body: edited.doc.toJSON() as BodyNode }));
  });

  it('stops rehearsing, without throwing, when the analyser fails during the warm-up', () => {
    let rehearsals = 0;
    const analyser = createLongLivedAnalyser();
    const host = createAnalysisHost({
      analyseMatched: (input) => analyser.analyseMatched(input),
      rehearse: () => {
        rehearsals += 1;
        throw new Error('out of memory');
      },
    });
    host.apply(first);
    expect(host.analyse().type).toBe('result');
    expect(host.rehearse()).toBe(false);
    expect(host.rehearse()).toBe(false);
    expect(rehearsals).toBe(1);
  });

  it('answers with the analyser’s error instead of a result when the analyser fails', () => {
    const host = createAnalysisHost({
      analyseMatched: () => {
        throw new Error('lexicon missing');
      },
      rehearse: () => undefined,
    });
    host.apply(first);
    expect(host.analyse()).toEqual({ type: 'failed', version: 1, message: 'lexicon missing' });
  });
});

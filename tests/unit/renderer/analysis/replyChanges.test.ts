import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { generateArticle, specForWords } from '../../../../bench/fixtures/article';
import type { Article } from '../../../../shared/article/model';
import { editorSchema } from '../../../../shared/editor/extensions';
import { analyserInputFor } from '../../../../shared/publish';
import { createLongLivedAnalyser } from '../../../../renderer/analysis/analyser';
import { createAnalysisHost } from '../../../../renderer/analysis/analysisHost';
import { paragraphsOf, pullQuotesOf, snapshotOf } from '../../../../renderer/analysis/documentIndex';
import { createInlinePort } from '../../../../renderer/analysis/inlinePort';
import type { Analysis, AnalysisReply, AnalysisUpdate, ParagraphInput } from '../../../../renderer/analysis/protocol';
import { createReplyDecoder, createReplyEncoder, type AnalysisWireReply } from '../../../../renderer/analysis/replyChanges';

const article: Article = generateArticle(specForWords(2_000, 7));
const paragraphs: ParagraphInput[] = paragraphsOf(snapshotOf(EditorState.create({ doc: editorSchema.nodeFromJSON(article.body) }).doc));
const first: AnalysisUpdate = {
  type: 'update',
  version: 1,
  splice: { start: 0, deleteCount: 0, paragraphs },
  context: { sources: analyserInputFor(article).sources ?? [], reviews: article.reviews, pullQuotes: pullQuotesOf(snapshotOf(EditorState.create({ doc: editorSchema.nodeFromJSON(article.body) }).doc)) },
};

/** A host whose replies cross a structured clone between the encoder and the decoder, as between the worker and the renderer. */
function wire() {
  const host = createAnalysisHost(createLongLivedAnalyser());
  const encode = createReplyEncoder();
  const decode = createReplyDecoder();
  const sent: AnalysisWireReply[] = [];
  const answer = (update: AnalysisUpdate): { full: AnalysisReply; decoded: AnalysisReply } => {
    host.apply(update);
    const full = host.analyse();
    const encoded = structuredClone(encode(full));
    sent.push(encoded);
    return { full, decoded: decode(encoded) };
  };
  return { answer, sent };
}

const analysisOf = (reply: AnalysisReply): Analysis => {
  if (reply.type !== 'result') throw new Error(`expected a result, got ${reply.type}`);
  return reply.analysis;
};

/** The paragraph index of the middle quote, and its paragraph with words typed into the quotation. */
function typedIntoMiddleQuote(analysis: Analysis): { at: number; paragraph: ParagraphInput } {
  const quote = analysis.quotes[Math.floor(analysis.quotes.length / 2)]!;
  const paragraph = paragraphs[quote.paragraph]!;
  const text = `${paragraph.text.slice(0, quote.start + 1)}really ${paragraph.text.slice(quote.start + 1)}`;
  return { at: quote.paragraph, paragraph: { text, links: paragraph.links.map((link) => (link.start > quote.start ? { ...link, start: link.start + 7, end: link.end + 7 } : link)) } };
}

describe('analysis results sent as changes', () => {
  it('rebuild the whole analysis the host gave, keeping every quote outside the edited paragraph as the object held before', () => {
    const { answer, sent } = wire();
    const opened = answer(first);
    const before = analysisOf(opened.decoded);
    expect(before).toEqual(analysisOf(opened.full));
    expect(before.quotes.length).toBeGreaterThan(10);
    const { at, paragraph } = typedIntoMiddleQuote(before);
    const { full, decoded } = answer({ type: 'update', version: 2, splice: { start: at, deleteCount: 1, paragraphs: [paragraph] }, context: {} });
    const after = analysisOf(decoded);
    expect(after).toEqual(analysisOf(full));
    expect(after.quotes.length).toBe(before.quotes.length);
    const kept = after.quotes.filter((quote, index) => quote === before.quotes[index]);
    const inParagraph = before.quotes.filter((quote) => quote.paragraph === at).length;
    expect(kept.length).toBe(before.quotes.length - inParagraph);
    const change = sent[1]!;
    if (change.type !== 'result') throw new Error('expected a result');
    expect(change.changes.quotes?.items.length).toBe(inParagraph);
  });

  it('send null for a list that did not change, and the renderer keeps that list as the same array', () => {
    const { answer, sent } = wire();
    const before = analysisOf(answer(first).decoded);
    const quote = before.quotes[0]!;
    const review = { status: 'verified' as const, reviewer: 'Sam Editor', at: '2026-11-02T10:00:00.000Z', text: quote.text, speakerOverride: null, note: '' };
    const after = analysisOf(answer({ type: 'update', version: 2, splice: null, context: { reviews: { ...article.reviews, [quote.key]: review } } }).decoded);
    const change = sent[1]!;
    if (change.type !== 'result') throw new Error('expected a result');
    expect(change.changes.quotes).toBeNull();
    expect(change.changes.matches).toMatchObject({ start: 0, deleteCount: 1 });
    expect(after.quotes).toBe(before.quotes);
    expect(after.matches[0]).toMatchObject({ quoteKey: quote.key, status: 'verified' });
    expect(after.matches.slice(1).every((match, index) => match === before.matches[index + 1])).toBe(true);
  });

  it('refuse a change that does not fit the analysis held', () => {
    const decode = createReplyDecoder();
    const reply: AnalysisWireReply = { type: 'result', version: 1, analyseMs: 1, paragraphCount: 1, changes: { quotes: { start: 2, deleteCount: 1, items: [] }, findings: null, matches: null } };
    expect(() => decode(reply)).toThrow(RangeError);
  });

  it('reach the renderer whole through the inline port', async () => {
    const port = createInlinePort();
    const replies: AnalysisReply[] = [];
    port.listen((reply) => replies.push(reply), (reason) => {
      throw new Error(reason);
    });
    port.send(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    expect(analysisOf(replies[0]!)).toEqual(analysisOf(host.analyse()));
    port.close();
  });
});

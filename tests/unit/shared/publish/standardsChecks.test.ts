import { describe, expect, it } from 'vitest';
import { publishChecklist, readyProblem } from '../../../../shared/publish';
import { checkArticleStyle } from '../../../../shared/style/articleStyle';
import { defaultStyleLevels } from '../../../../shared/style/rules';
import { paragraph, text } from '../../../fixtures/export/articles';
import { analysisOf, markedEvidence, standardsArticle, withVerified } from '../../../fixtures/standards/articles';

describe('the publish checklist and newsroom standards', () => {
  const article = withVerified(standardsArticle(), 'held the line', 'crews', 'Nobody', 'Fares');
  const analysis = analysisOf(article);
  const ids = (evidence: 'none' | 'anonymous' | 'all', subject = article) => publishChecklist(subject, analysisOf(subject), undefined, { evidence }).filter((item) => item.id.startsWith('evidence')).map((item) => [item.id.split(':')[0], item.severity]);

  it('requires no evidence by default, evidence for the anonymous quote, or for every quote', () => {
    expect(ids('none')).toEqual([]);
    expect(ids('anonymous')).toEqual([['evidence', 'error']]);
    expect(ids('all')).toHaveLength(4);
  });

  it('is satisfied by evidence attached to the quote, found again after the quote is edited', () => {
    const anonymous = analysis.quotes.find((quote) => quote.text.startsWith('Nobody'))!;
    const withEvidence = { ...article, evidence: { [anonymous.key]: markedEvidence(anonymous.text) } };
    expect(ids('anonymous', withEvidence)).toEqual([['evidence', 'ok']]);
    const edited = { ...withEvidence, body: { ...withEvidence.body, content: withEvidence.body.content?.map((block, index) => (index === 3 ? paragraph(text('“Nobody asked us at all,”', { type: 'inlineQuote', attrs: { sourceId: 'deckhand' } }), text(' a deckhand said.')) : block)) } };
    expect(ids('anonymous', edited)).toEqual([['evidence', 'ok']]);
    const empty = { ...article, evidence: { [anonymous.key]: { ...markedEvidence(anonymous.text), note: '', transcript: '', recordingFile: '' } } };
    expect(ids('anonymous', empty)).toEqual([['evidence', 'error']]);
  });

  it('lists house-style problems as one warning per rule, leaves suggestions out, and errors for rules set to error', () => {
    const styled = { ...article, headline: "Fares rise, board's vote" };
    const items = publishChecklist(styled, analysis, undefined, { style: checkArticleStyle(styled, defaultStyleLevels) });
    expect(items.filter((item) => item.id.startsWith('style')).map((item) => [item.id, item.severity, item.target])).toEqual([['style:straight-quotes', 'warning', { field: 'headline' }]]);
    const strict = publishChecklist(styled, analysis, undefined, { style: checkArticleStyle(styled, { ...defaultStyleLevels, 'straight-quotes': 'error' }) });
    expect(strict.find((item) => item.id === 'style:straight-quotes')?.severity).toBe('error');
    const clean = publishChecklist(article, analysis, undefined, { style: checkArticleStyle(article, defaultStyleLevels) });
    expect(clean.filter((item) => item.id.startsWith('style'))).toEqual([{ id: 'style', severity: 'ok', label: 'House style', reason: 'No house-style problems.', target: null }]);
  });

  it('says why an article that is not ready may not be published', () => {
    expect(readyProblem({ status: 'ready' })).toBeNull();
    expect(readyProblem({ status: 'published' })).toMatch(/“published”; only an article marked “ready”/);
  });
});

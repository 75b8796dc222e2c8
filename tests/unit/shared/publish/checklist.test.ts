import { describe, expect, it } from 'vitest';
import type { AttributionResult, Finding } from '../../../../shared/attribution/types';
import { blockingItems, canExport, publishChecklist, type ChecklistItem } from '../../../../shared/publish';
import { cleanAnalysis, detectedQuote, fixtureTime, paragraph, publishableArticle, source, text } from '../../../fixtures/export/articles';

function item(items: ChecklistItem[], id: string): ChecklistItem {
  const found = items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no checklist item "${id}" in ${items.map((candidate) => candidate.id).join(', ')}`);
  return found;
}

function finding(fields: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding {
  return { message: `${fields.code} found`, paragraph: 0, start: 0, end: 1, ...fields };
}

const verified = { status: 'verified' as const, text: 'We will', speakerOverride: null, note: '', reviewer: 'ed', at: fixtureTime };

describe('publishChecklist', () => {
  it('passes a complete article with nothing to report', () => {
    const items = publishChecklist(publishableArticle(), cleanAnalysis());
    expect(items.filter((entry) => entry.severity !== 'ok')).toEqual([]);
    expect(items.map((entry) => entry.id)).toEqual([
      'headline', 'dek', 'bylines', 'dateline', 'quotes-attributed', 'quotes-reviewed', 'anonymous-sources', 'attribution-findings', 'editor-notes', 'links',
    ]);
    expect(canExport(items, [])).toBe(true);
  });

  it('errors on a missing headline and warns on one over the limit', () => {
    expect(item(publishChecklist(publishableArticle({ headline: ' ' }), cleanAnalysis()), 'headline')).toMatchObject({ severity: 'error', target: { field: 'headline' } });
    const long = item(publishChecklist(publishableArticle({ headline: 'x'.repeat(71) }), cleanAnalysis()), 'headline');
    expect(long).toMatchObject({ severity: 'warning', reason: 'The headline is 71 characters; the limit is 70.' });
    expect(item(publishChecklist(publishableArticle({ headline: 'x'.repeat(71) }), cleanAnalysis(), { headline: 80, dek: 160 }), 'headline').severity).toBe('ok');
  });

  it('errors on a missing dek and warns on one over the limit', () => {
    expect(item(publishChecklist(publishableArticle({ dek: '' }), cleanAnalysis()), 'dek')).toMatchObject({ severity: 'error', target: { field: 'dek' } });
    expect(item(publishChecklist(publishableArticle({ dek: 'é'.repeat(161) }), cleanAnalysis()), 'dek').severity).toBe('warning');
    expect(item(publishChecklist(publishableArticle({ dek: '😀'.repeat(160) }), cleanAnalysis()), 'dek').severity).toBe('ok');
  });

  it('errors when there is no named byline', () => {
    const items = publishChecklist(publishableArticle({ bylines: [{ name: ' ', role: 'reporter' }] }), cleanAnalysis());
    expect(item(items, 'bylines')).toMatchObject({ severity: 'error', target: { field: 'bylines' } });
  });

  it('errors when the dateline lacks a place or a date', () => {
    expect(item(publishChecklist(publishableArticle({ dateline: { place: '', date: '2026-11-27' } }), cleanAnalysis()), 'dateline')).toMatchObject({
      severity: 'error',
      reason: 'The dateline needs a place.',
    });
    expect(item(publishChecklist(publishableArticle({ dateline: { place: '', date: '' } }), cleanAnalysis()), 'dateline').reason).toBe(
      'The dateline needs a place and a date.',
    );
  });

  it('makes every unattributed quote an error that jumps to the quote, whatever severity the analyser gave', () => {
    const analysis: AttributionResult = {
      quotes: [],
      findings: [finding({ code: 'unattributed-quote', severity: 'warning', quoteKey: 'q-9' })],
    };
    expect(item(publishChecklist(publishableArticle(), analysis), 'quote-attributed:q-9')).toMatchObject({ severity: 'error', target: { quoteKey: 'q-9' } });
  });

  it('requires every detected quote to be verified for its current text', () => {
    const quotes = ['q-ok', 'q-none', 'q-flagged', 'q-changed', 'q-edited'].map((key) => detectedQuote({ key, text: 'We will' }));
    const article = publishableArticle({
      reviews: {
        'q-ok': verified,
        'q-flagged': { ...verified, status: 'flagged' },
        'q-changed': { ...verified, status: 'changed' },
        'q-edited': { ...verified, text: 'We shall' },
      },
    });
    const items = publishChecklist(article, cleanAnalysis(quotes));
    expect(items.some((entry) => entry.id === 'quote-reviewed:q-ok')).toBe(false);
    for (const key of ['q-none', 'q-flagged', 'q-changed', 'q-edited']) {
      expect(item(items, `quote-reviewed:${key}`)).toMatchObject({ severity: 'error', target: { quoteKey: key } });
    }
    expect(item(items, 'quote-reviewed:q-edited').reason).toContain('edited after it was verified');
    expect(item(publishChecklist(publishableArticle({ reviews: { 'q-ok': verified } }), cleanAnalysis([quotes[0]!])), 'quotes-reviewed').severity).toBe('ok');
  });

  it('errors on an anonymous source with no recorded reason, and not on one with a reason', () => {
    const sources = [
      source({ id: 'a', title: 'an official', level: 'anonymous', anonymityReason: '' }),
      source({ id: 'b', title: 'a nurse', level: 'anonymous', anonymityReason: 'fears dismissal' }),
    ];
    const items = publishChecklist(publishableArticle({ sources }), cleanAnalysis());
    expect(item(items, 'source-anonymity:a')).toMatchObject({ severity: 'error', target: { field: 'sources' } });
    expect(items.some((entry) => entry.id === 'source-anonymity:b')).toBe(false);
  });

  it('turns the analyser’s warnings into warning items and its other errors into error items', () => {
    const analysis: AttributionResult = {
      quotes: [],
      findings: [
        finding({ code: 'ambiguous-pronoun', severity: 'warning', paragraph: 2, start: 5 }),
        finding({ code: 'pull-quote-mismatch', severity: 'error', paragraph: -1, start: 0 }),
      ],
    };
    const items = publishChecklist(publishableArticle(), analysis);
    expect(item(items, 'finding:ambiguous-pronoun:2:5')).toMatchObject({ severity: 'warning', label: 'Ambiguous pronoun', target: { paragraph: 2 } });
    expect(item(items, 'finding:pull-quote-mismatch:-1:0')).toMatchObject({ severity: 'error', target: null });
  });

  it('does not report an edited quote twice when the review check already did', () => {
    const analysis: AttributionResult = {
      quotes: [detectedQuote({ key: 'q-1', text: 'new words' })],
      findings: [finding({ code: 'edited-after-verification', severity: 'warning', quoteKey: 'q-1' })],
    };
    const items = publishChecklist(publishableArticle({ reviews: { 'q-1': { ...verified, text: 'old words' } } }), analysis);
    expect(items.filter((entry) => entry.target !== null && 'quoteKey' in entry.target)).toHaveLength(1);
  });

  it('errors on every open editor’s note and points at its paragraph', () => {
    const note = { type: 'editorNote', attrs: { note: 'check' } };
    const body = {
      type: 'doc',
      content: [paragraph(text('one')), { type: 'heading', attrs: { level: 2 }, content: [text('head', note)] }, paragraph(text('two', note))],
    };
    const items = publishChecklist(publishableArticle({ body }), cleanAnalysis());
    expect(items.filter((entry) => entry.id.startsWith('editor-note:')).map((entry) => [entry.severity, entry.target])).toEqual([
      ['error', { paragraph: 1 }],
      ['error', { paragraph: 1 }],
    ]);
  });

  it('errors on every link that is not http, https or mailto', () => {
    const body = {
      type: 'doc',
      content: [paragraph(text('ok', { type: 'link', attrs: { href: 'https://example.com' } }), text('bad', { type: 'link', attrs: { href: 'javascript:alert(1)' } }))],
    };
    const items = publishChecklist(publishableArticle({ body }), cleanAnalysis());
    expect(items.filter((entry) => entry.id.startsWith('link:'))).toEqual([
      expect.objectContaining({ id: 'link:0', severity: 'error', target: { paragraph: 0 } }),
    ]);
  });
});

describe('canExport', () => {
  const warning: ChecklistItem = { id: 'w', severity: 'warning', label: 'W', reason: 'r', target: null };
  const error: ChecklistItem = { id: 'e', severity: 'error', label: 'E', reason: 'r', target: null };
  const ok: ChecklistItem = { id: 'o', severity: 'ok', label: 'O', reason: 'r', target: null };

  it('allows an export with only ok items', () => {
    expect(canExport([ok], [])).toBe(true);
  });

  it('blocks on an unconfirmed warning and allows it once confirmed', () => {
    expect(canExport([ok, warning], [])).toBe(false);
    expect(canExport([ok, warning], ['w'])).toBe(true);
    expect(blockingItems([ok, warning], new Set(['other']))).toEqual([warning]);
  });

  it('always blocks on an error, even when its id is among the confirmations', () => {
    expect(canExport([error, warning], ['e', 'w'])).toBe(false);
    expect(blockingItems([error, warning], ['e', 'w'])).toEqual([error]);
  });
});

describe('publishChecklist with an edited quote', () => {
  it('says a quote whose key changed with an edit was edited after verification, not that it was never reviewed', () => {
    const analysis: AttributionResult = {
      quotes: [detectedQuote({ key: 'q-new', text: 'new words' })],
      findings: [finding({ code: 'edited-after-verification', severity: 'warning', quoteKey: 'q-new' })],
    };
    const items = publishChecklist(publishableArticle({ reviews: { 'q-old': { ...verified, text: 'old words' } } }), analysis);
    expect(item(items, 'quote-reviewed:q-new')).toMatchObject({ severity: 'error', reason: 'The quote “new words” was edited after it was verified.' });
    expect(items.some((entry) => entry.id.startsWith('finding:edited-after-verification'))).toBe(false);
  });
});

describe('publishChecklist with an anonymous source the analyser also reports', () => {
  it('lists a linked anonymous source without a reason once, under sources', () => {
    const sources = [source({ id: 'x', title: 'an official', level: 'anonymous', anonymityReason: '' })];
    const analysis: AttributionResult = {
      quotes: [detectedQuote({ key: 'q-1', text: 'We are broke', sourceId: 'x' }), detectedQuote({ key: 'q-2', text: 'Unlinked', sourceId: null })],
      findings: [
        finding({ code: 'anonymous-without-reason', severity: 'error', quoteKey: 'q-1' }),
        finding({ code: 'anonymous-without-reason', severity: 'error', quoteKey: 'q-2' }),
      ],
    };
    const items = publishChecklist(publishableArticle({ sources }), analysis);
    expect(items.filter((entry) => /anonym/.test(entry.id)).map((entry) => entry.id)).toEqual([
      'source-anonymity:x',
      'finding:anonymous-without-reason:q-2',
    ]);
  });
});

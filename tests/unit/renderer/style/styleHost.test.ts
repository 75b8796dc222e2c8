import { describe, expect, it } from 'vitest';
import { createStyleHost } from '../../../../renderer/style/styleHost';
import { checkStyle } from '../../../../shared/style/check';
import { defaultStyleLevels } from '../../../../shared/style/rules';

const texts = [
  'Ferry fares rise',
  'Board votes 5-2',
  "The port authority's board voted",
  'The the board met on Tuesday.',
  '"We held the line," said Ruth Okafor.',
  'Senator Jane Roe said 3 ferries would stop.',
];

describe('the style host (the worker side of the style check)', () => {
  it('answers with the same findings as checking every text at once', () => {
    const host = createStyleHost();
    host.apply({ type: 'update', version: 1, splices: [{ start: 0, deleteCount: 0, texts }], levels: defaultStyleLevels });
    const reply = host.check();
    expect(reply.type).toBe('result');
    const findings = reply.type === 'result' ? reply.findings : [];
    expect(findings).toEqual(checkStyle(texts, defaultStyleLevels));
    expect(findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['straight-quotes', 'doubled-words', 'title-abbreviations', 'small-numbers']));
  });

  it('after a one-character edit parses only the text that changed, and finds what the edit brought', () => {
    const host = createStyleHost();
    host.apply({ type: 'update', version: 1, splices: [{ start: 0, deleteCount: 0, texts }] });
    host.check();
    expect(host.parsedTexts).toBe(texts.length);
    host.apply({ type: 'update', version: 2, splices: [{ start: 3, deleteCount: 1, texts: ['The the board met on Tuesday. '] }] });
    expect(host.check()).toMatchObject({ type: 'unchanged', version: 2 });
    expect(host.parsedTexts).toBe(texts.length + 1);
    host.apply({ type: 'update', version: 3, splices: [{ start: 2, deleteCount: 1, texts: ["The port authority's board voted  twice"] }] });
    const next = host.check();
    expect(host.parsedTexts).toBe(texts.length + 2);
    expect(next.type === 'result' ? next.findings.filter((finding) => finding.rule === 'double-spaces').map((finding) => finding.segment) : []).toEqual([2]);
  });

  it('says "unchanged" when an edit leaves the findings as they were, pointing to the answer that carried them', () => {
    const host = createStyleHost();
    host.apply({ type: 'update', version: 1, splices: [{ start: 0, deleteCount: 0, texts }] });
    expect(host.check()).toMatchObject({ type: 'result', version: 1 });
    host.apply({ type: 'update', version: 2, splices: [{ start: 0, deleteCount: 1, texts: ['Ferry fares rise again'] }] });
    expect(host.check()).toMatchObject({ type: 'unchanged', version: 2, sameAs: 1 });
  });

  it('checks again with new levels, and a rule switched off finds nothing', () => {
    const host = createStyleHost();
    host.apply({ type: 'update', version: 1, splices: [{ start: 0, deleteCount: 0, texts }] });
    host.check();
    host.apply({ type: 'update', version: 2, splices: [], levels: { ...defaultStyleLevels, 'doubled-words': 'off' } });
    const reply = host.check();
    expect(reply.type === 'result' ? reply.findings.some((finding) => finding.rule === 'doubled-words') : true).toBe(false);
  });

  it('refuses a splice that does not fit and a version that does not grow', () => {
    const host = createStyleHost();
    host.apply({ type: 'update', version: 1, splices: [{ start: 0, deleteCount: 0, texts }] });
    expect(() => host.apply({ type: 'update', version: 2, splices: [{ start: 5, deleteCount: 3, texts: [] }] })).toThrow(/splice at 5 removing 3 does not fit 6 texts/);
    expect(() => host.apply({ type: 'update', version: 1, splices: [] })).toThrow(/version 1 after 1/);
  });
});

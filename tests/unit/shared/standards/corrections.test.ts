import { describe, expect, it } from 'vitest';
import { appendCorrection, correctionsProblem, printedCorrections, strikeCorrection } from '../../../../shared/standards/corrections';
import { correction } from '../../../fixtures/standards/articles';

const entry = { kind: 'correction' as const, text: ' An earlier version misstated the fare. ', date: '2019-07-14', editor: 'Sam Editor' };

describe('corrections are append-only', () => {
  it('appends a signed entry and refuses one with no text or no editor', () => {
    const list = appendCorrection([], entry, 'a', '2019-07-14T09:00:00.000Z');
    expect(list).toEqual([correction({ id: 'a' })]);
    expect(() => appendCorrection(list, { ...entry, text: ' ' }, 'b', '2019-07-14T09:00:00.000Z')).toThrow(/text is empty/);
    expect(() => appendCorrection(list, { ...entry, editor: '' }, 'b', '2019-07-14T09:00:00.000Z')).toThrow(/editor’s name is empty/);
  });

  it('strikes a mistaken entry with a reason, keeping it, and never twice', () => {
    const list = [correction({ id: 'a' }), correction({ id: 'b' })];
    const struck = strikeCorrection(list, 'a', { by: 'Sam Editor', reason: 'wrong story', at: '2019-07-15T09:00:00.000Z' });
    expect(struck).toHaveLength(2);
    expect(struck[0]?.struck).toEqual({ by: 'Sam Editor', reason: 'wrong story', at: '2019-07-15T09:00:00.000Z' });
    expect(printedCorrections(struck).map((item) => item.id)).toEqual(['b']);
    expect(() => strikeCorrection(struck, 'a', { by: 'X', reason: 'again', at: '2019-07-15T09:00:00.000Z' })).toThrow(/already struck/);
    expect(() => strikeCorrection(struck, 'b', { by: 'X', reason: ' ', at: '2019-07-15T09:00:00.000Z' })).toThrow(/reason is empty/);
  });

  it('accepts appending and striking, and names a deletion, an edit, a reorder, an unstrike or a repeated id', () => {
    const before = [correction({ id: 'a' }), correction({ id: 'b', struck: { at: '2019-07-15T09:00:00.000Z', by: 'S', reason: 'r' } })];
    expect(correctionsProblem(before, [...before, correction({ id: 'c' })])).toBeNull();
    expect(correctionsProblem(before, strikeCorrection(before, 'a', { by: 'S', reason: 'r', at: '2019-07-16T09:00:00.000Z' }))).toBeNull();
    expect(correctionsProblem(before, [before[0]!])).toMatch(/removed/);
    expect(correctionsProblem(before, [{ ...before[0]!, text: 'Softer wording.' }, before[1]!])).toMatch(/correction 1 was changed/);
    expect(correctionsProblem(before, [before[1]!, before[0]!])).toMatch(/changed or moved/);
    expect(correctionsProblem(before, [before[0]!, { ...before[1]!, struck: null }])).toMatch(/correction 2 was struck already/);
    expect(correctionsProblem([], [correction({ id: 'a' }), correction({ id: 'a' })])).toMatch(/share the id "a"/);
  });
});

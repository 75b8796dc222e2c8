import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadOf } from '../../../../main/library/summary';

/** The lead as first written: flatten the whole text, then cut. */
function wholeTextLead(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.lastIndexOf(' ', length);
  return `${flat.slice(0, cut > length / 2 ? cut : length)}…`;
}

describe('leadOf', () => {
  it('flattens only the opening, and gives what flattening the whole text gives', () => {
    const pieces = fc.constantFrom('word', ' ', '  ', '\n', '\n\n\t ', 'a', 'longerwordwithoutbreaks', '😀', 'é', '\u00a0', '\u2028');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (parts, length) => {
        const text = parts.join('');
        expect(leadOf(text, length)).toBe(wholeTextLead(text, length));
      }),
      { numRuns: 2_000 },
    );
    const spacesAtTheWindow = `${'a '.repeat(100)}${' '.repeat(500)}tail`;
    expect(leadOf(spacesAtTheWindow, 200)).toBe(wholeTextLead(spacesAtTheWindow, 200));
  });
});

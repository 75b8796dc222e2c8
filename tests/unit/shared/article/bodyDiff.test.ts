import { describe, expect, it } from 'vitest';
import { bodyDiff } from '../../../../shared/article/bodyDiff';

describe('the body diff of a restore preview', () => {
  it('counts unchanged paragraphs and marks the words that change inside a paragraph', () => {
    const diff = bodyDiff(['Intro.', 'The night shift was ignored.', 'End.'], ['Intro.', 'The night crew was ignored.', 'End.']);
    expect(diff[0]).toEqual({ kind: 'same', count: 1 });
    expect(diff[1]).toMatchObject({ kind: 'changed' });
    const parts = diff[1]!.kind === 'changed' ? diff[1]!.parts : [];
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['shift']);
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['crew']);
    expect(diff[2]).toEqual({ kind: 'same', count: 1 });
  });

  it('shows whole paragraphs added and removed', () => {
    expect(bodyDiff(['A.', 'B.'], ['A.'])).toEqual([{ kind: 'same', count: 1 }, { kind: 'removed', parts: [{ kind: 'removed', text: 'B.' }] }]);
    expect(bodyDiff([], ['New.'])).toEqual([{ kind: 'added', parts: [{ kind: 'added', text: 'New.' }] }]);
  });
});

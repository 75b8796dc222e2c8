import { describe, expect, it } from 'vitest';
import type { WorkspaceEntry } from '../../../../main/articles/workspace';
import { turnCounter } from '../../../support/eventLoop';
import { decodeRowSnapshot, encodeRowSnapshot, encodeRowSnapshotInSlices, plainSummary, type DecodedSnapshot } from '../../../../main/library/rowSnapshot';

function entry(index: number): WorkspaceEntry {
  const id = `a1b2c3d4-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const fileName = `story-${index}.article.json`;
  return {
    id, fileName, mtimeMs: 1_700_000_000_000 + index, size: 1_000 + index, hash: `hash-${index}`,
    summary: {
      id, fileName, slug: `story-${index}`, kicker: 'Ports', headline: `Ferry timetable ${index} — “changed”`, dek: 'The council met.', status: 'draft',
      bylines: 'Ana Pérez', updatedAt: `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00.000Z`, words: 100 + index, isChangedSincePublished: index % 3 === 0, tags: ['ferry', `t${index % 5}`], lead: `Crowds gathered (${index}).`,
    },
  };
}

const data = (count: number): DecodedSnapshot => ({
  meta: { workspace: '/tmp/workspace', journal: 'gen-1', collation: 'en', unreadable: [['bad.article.json', 1, 2, 'not JSON']] },
  entries: Array.from({ length: count }, (_, index) => entry(index)),
  headlineOrder: Array.from({ length: count }, (_, index) => count - 1 - index),
  isComplete: true,
});

describe('a library snapshot encoded in slices', () => {
  it('is the very bytes of one encoded at once, and reads back as the rows it was made from', async () => {
    for (const count of [0, 999, 1_000, 2_501]) {
      const snapshot = data(count);
      const sliced = await encodeRowSnapshotInSlices(snapshot, 0);
      expect(sliced.equals(encodeRowSnapshot(snapshot))).toBe(true);
      const decoded = decodeRowSnapshot(sliced);
      expect(decoded.entries.map((row) => plainSummary(row.summary))).toEqual(snapshot.entries.map((row) => row.summary));
    }
  });

  it('reads back texts with lone surrogates at field ends, in the rows on both sides of where the encoding pauses', () => {
    const entries = [...data(2_100).entries];
    // Row 999 ends its step with a lead ending in a high surrogate; row 1000 starts the next with a slug, row 1500's kicker starts with a low surrogate after a dek ending in a high one.
    const odd = (index: number, change: Partial<WorkspaceEntry['summary']>) => {
      const row = entries[index] as WorkspaceEntry;
      entries[index] = { ...row, summary: { ...row.summary, ...change } };
    };
    odd(999, { lead: 'Crowds gathered \ud83d' });
    odd(1_000, { kicker: '\ude00 Ports', headline: 'Ferry 😀 timetable' });
    odd(1_500, { dek: 'The council met \ud83d', bylines: '\ude00 Ana Pérez' });
    const snapshot = { ...data(2_100), entries };
    const decoded = decodeRowSnapshot(encodeRowSnapshot(snapshot));
    const expected = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
    expect(decoded.entries.map((row) => plainSummary(row.summary))).toEqual(snapshot.entries.map((row) => ({
      ...row.summary, lead: expected(row.summary.lead), kicker: expected(row.summary.kicker), dek: expected(row.summary.dek), bylines: expected(row.summary.bylines),
    })));
  });

  it('lets the event loop turn while it encodes', async () => {
    const counter = turnCounter();
    await encodeRowSnapshotInSlices(data(5_000), 0);
    counter.stop();
    expect(counter.turns()).toBeGreaterThanOrEqual(4);
  });
});

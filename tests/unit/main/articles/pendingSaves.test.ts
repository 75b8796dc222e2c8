import { describe, expect, it } from 'vitest';
import type { WorkspaceEntry } from '../../../../main/articles/entryRegistry';
import { PendingSaves } from '../../../../main/articles/pendingSaves';
import { describeArticle } from '../../../../main/library/summary';
import { newArticle } from '../../../../shared/article/newArticle';

const id = '3f0c2b1a-9d8e-4c7b-8a6f-5e4d3c2b1a00';
const article = newArticle(id, '2026-11-29T09:00:00.000Z', { headline: 'Harbour bridge reopens', slug: 'harbour-bridge' });

function entryIn(fileName: string, hash: string): WorkspaceEntry {
  return { id, fileName, mtimeMs: 1, size: 2, hash, summary: describeArticle(article, fileName).summary };
}

describe('saves waiting to be described', () => {
  it('hold the latest save of an article until settled, then describe it once with its new summary', () => {
    const described: WorkspaceEntry[] = [];
    const pending = new PendingSaves((entry) => described.push(entry));
    const retitled = { ...article, headline: 'Harbour bridge opens again' };
    pending.note(entryIn('harbour-bridge.article.json', 'hash-2'), article);
    pending.note(entryIn('harbour-bridge.article.json', 'hash-3'), retitled);
    expect(pending.entry(id)?.hash).toBe('hash-3');
    expect(described).toEqual([]);
    pending.settle();
    pending.settle();
    expect(described.map((entry) => [entry.hash, entry.summary.headline])).toEqual([['hash-3', 'Harbour bridge opens again']]);
    expect(pending.entry(id)).toBeUndefined();
  });

  it('forget a save that a later read or removal replaced', () => {
    const described: WorkspaceEntry[] = [];
    const pending = new PendingSaves((entry) => described.push(entry));
    pending.note(entryIn('harbour-bridge.article.json', 'hash-2'), article);
    pending.drop(id);
    pending.settle();
    expect(described).toEqual([]);
  });
});

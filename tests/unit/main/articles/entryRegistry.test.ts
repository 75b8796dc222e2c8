import { describe, expect, it } from 'vitest';
import { EntryRegistry, type WorkspaceEntry } from '../../../../main/articles/entryRegistry';
import { describeArticle } from '../../../../main/library/summary';
import { newArticle } from '../../../../shared/article/newArticle';

const id = '3f0c2b1a-9d8e-4c7b-8a6f-5e4d3c2b1a00';
const article = newArticle(id, '2026-11-29T09:00:00.000Z', { headline: 'Harbour bridge reopens', slug: 'harbour-bridge' });

function entryIn(fileName: string, hash = 'hash-1'): WorkspaceEntry {
  return { id, fileName, mtimeMs: 1, size: 2, hash, summary: describeArticle(article, fileName).summary };
}

/** A registry whose listener writes down what it heard, in order. */
function recordingRegistry(): { registry: EntryRegistry; heard: string[] } {
  const heard: string[] = [];
  const registry = new EntryRegistry({
    onEntry: (entry) => heard.push(`entry ${entry.fileName}`),
    onRemoved: (fileName) => heard.push(`removed ${fileName}`),
    onUnreadable: (fileName, reason) => heard.push(`unreadable ${fileName}: ${reason}`),
  });
  return { registry, heard };
}

describe('the entry registry', () => {
  it('keeps an id with the file named after the slug when a copy claims it first, and lists the copy as unreadable', () => {
    const { registry, heard } = recordingRegistry();
    expect(registry.adopt(entryIn('copy-of-bridge.article.json'), null)).toBe(true);
    expect(registry.adopt(entryIn('harbour-bridge.article.json'), null)).toBe(false);
    expect(registry.find(id)?.fileName).toBe('harbour-bridge.article.json');
    expect(registry.unreadable()).toEqual([{ fileName: 'copy-of-bridge.article.json', reason: 'it has the same article id as harbour-bridge.article.json (a copy made outside Copydesk?)' }]);
    expect(heard).toEqual(['entry copy-of-bridge.article.json', 'removed copy-of-bridge.article.json', 'entry harbour-bridge.article.json']);
  });

  it('keys a warm start\'s entries on the first lookup, quietly, and settles an id clash the same way', () => {
    const { registry, heard } = recordingRegistry();
    registry.adoptMany([entryIn('harbour-bridge.article.json'), entryIn('copy-of-bridge.article.json')]);
    expect(heard).toEqual([]);
    expect(registry.size).toBe(1);
    expect(registry.entryForFile('harbour-bridge.article.json')?.id).toBe(id);
    expect(registry.unreadable().map((file) => file.fileName)).toEqual(['copy-of-bridge.article.json']);
  });

  it('gives a slug no readable or unreadable file uses, ignoring the article\'s own file', () => {
    const { registry } = recordingRegistry();
    registry.adopt(entryIn('harbour-bridge.article.json'), null);
    registry.setUnreadable('harbour-bridge-2.article.json', 'not JSON');
    expect(registry.freeSlug('harbour-bridge')).toBe('harbour-bridge-3');
    expect(registry.freeSlug('harbour-bridge', id)).toBe('harbour-bridge');
  });
});

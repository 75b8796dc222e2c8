import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { bodyParagraphs } from '../../../../shared/article/text';
import { fixedOptions, utf8 } from './helpers';

async function importMarkdown(text: string) {
  return importFile({ name: 'deep.md', bytes: utf8(text) }, fixedOptions());
}

/** Lines named by the report's "not imported" entries (`line 7`, `lines 9–12`). */
function reportedLines(dropped: { item: string; reason: string }[]): Set<number> {
  const lines = new Set<number>();
  for (const { item } of dropped) {
    for (const match of item.matchAll(/lines? (\d+)(?:–(\d+))?/g)) {
      const first = Number(match[1]);
      for (let line = first; line <= Number(match[2] ?? first); line += 1) lines.add(line);
    }
  }
  return lines;
}

/** Markers (with their source lines) that are neither in the body nor on a line the report lists. */
function unaccounted(markers: { word: string; line: number }[], body: string[], dropped: { item: string; reason: string }[]): string[] {
  const text = body.join('\n');
  const lines = reportedLines(dropped);
  return markers.filter(({ word, line }) => !new RegExp(`\\b${word}\\b`).test(text) && !lines.has(line)).map(({ word }) => word);
}

describe('deeply nested Markdown', () => {
  it('keeps the text of a block quote nested 25 levels deep', async () => {
    const levels = Array.from({ length: 25 }, (_, level) => `${'>'.repeat(level + 1)} quoted at level ${level}`);
    const { article } = await importMarkdown(`# Deep quotes\n\n${levels.join('\n\n')}\n`);
    const text = bodyParagraphs(article.body).join('\n');
    for (let level = 0; level < 25; level += 1) expect(text).toContain(`quoted at level ${level}`);
  });

  it('keeps every item of a list nested 25 levels deep and reports the levels it had to flatten', async () => {
    const items = Array.from({ length: 25 }, (_, level) => `${'  '.repeat(level)}- item${level}`);
    const { article, report } = await importMarkdown(`# Deep list\n\n${items.join('\n')}\n`);
    const text = bodyParagraphs(article.body).join('\n');
    for (let level = 0; level < 25; level += 1) expect(text).toMatch(new RegExp(`\\bitem${level}\\b`));
    expect(report.dropped).toContainEqual({ item: expect.stringMatching(/list nesting deeper than 10 levels at line 13/), reason: expect.stringMatching(/kept at level 10/) });
  });

  it('accounts for every word of a 400-level nesting: imported, or listed as not imported with its line', async () => {
    const markers = Array.from({ length: 400 }, (_, level) => ({ word: `deep${level}`, line: 3 + 2 * level }));
    const quotes = markers.map(({ word }, level) => `${'>'.repeat(level + 1)} ${word}`).join('\n\n');
    const { article, report } = await importMarkdown(`# Abyss\n\n${quotes}\n\nclosing words\n`);
    const body = bodyParagraphs(article.body);
    expect(unaccounted(markers, body, report.dropped)).toEqual([]);
    expect(body.join('\n')).toContain('closing words');
    expect(report.dropped.some((entry) => /not imported/.test(entry.reason) && /lines? \d+/.test(entry.item))).toBe(true);
  });

  it('reports nothing as not imported for ordinary Markdown', async () => {
    const { report } = await importMarkdown('# Plain\n\nA paragraph.\n\n- one\n- two\n\n> a quote\n\n[ref]: https://example.org\n');
    expect(report.dropped).toEqual([]);
  });
});

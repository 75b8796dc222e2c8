import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { AppError } from '../../../../shared/errors';
import { blockTypes, fixedOptions, paragraphsOf, utf8 } from './helpers';

async function importMarkdown(text: string) {
  return importFile({ name: 'story.md', bytes: utf8(text) }, fixedOptions());
}

const withFrontMatter = `---
kicker: Harbour Ferries
title: Ferry Crews Walk Out
description: Commuters face a week of disruption
byline:
  - Ana Silva (correspondent)
  - Tom Reed
dateline: Portsmouth, 2026-01-05
tags: [transport, strikes]
layout: story
---
Crews walked off the job at **dawn** on *Tuesday*, the [union](https://union.example.org/news) said.

# The offer

"It is fair and final," said Tom Brennan.
`;

describe('Markdown import with front matter', () => {
  it('fills kicker, headline, dek, bylines, dateline and tags from the front matter', async () => {
    const { article, report } = await importMarkdown(withFrontMatter);
    expect(article.kicker).toBe('Harbour Ferries');
    expect(article.headline).toBe('Ferry Crews Walk Out');
    expect(article.dek).toBe('Commuters face a week of disruption');
    expect(article.bylines).toEqual([
      { name: 'Ana Silva', role: 'correspondent' },
      { name: 'Tom Reed', role: 'reporter' },
    ]);
    expect(article.dateline).toEqual({ place: 'Portsmouth', date: '2026-01-05' });
    expect(article.tags).toEqual(['transport', 'strikes']);
    expect(report.fields.map((field) => field.origin)).toContain('front matter "title"');
    expect(report.dropped).toContainEqual({ item: 'front matter "layout"', reason: 'not an article field' });
  });

  it('keeps bold, italic and safe links as marks, and turns a body "#" heading into level 2', async () => {
    const { article } = await importMarkdown(withFrontMatter);
    expect(blockTypes(article.body)).toEqual(['paragraph', 'heading', 'paragraph']);
    const [first, heading] = article.body.content ?? [];
    expect(heading).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'The offer' }] });
    expect(first?.content).toEqual([
      { type: 'text', text: 'Crews walked off the job at ' },
      { type: 'text', text: 'dawn', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' on ' },
      { type: 'text', text: 'Tuesday', marks: [{ type: 'italic' }] },
      { type: 'text', text: ', the ' },
      { type: 'text', text: 'union', marks: [{ type: 'link', attrs: { href: 'https://union.example.org/news' } }] },
      { type: 'text', text: ' said.' },
    ]);
  });

  it('refuses front matter that is not valid YAML, naming the file', async () => {
    await expect(importMarkdown('---\ntitle: [unclosed\n---\nBody.\n')).rejects.toThrow(/^story\.md: the front matter is not valid YAML/);
  });

  it('warns about an unknown byline role and files it as reporter', async () => {
    const { article, report } = await importMarkdown('---\nheadline: A\nbyline: Ana Silva (intern)\n---\nBody.\n');
    expect(article.bylines).toEqual([{ name: 'Ana Silva', role: 'reporter' }]);
    expect(report.warnings).toContain('byline role "intern" for Ana Silva is not one Copydesk knows; set to reporter');
  });
});

describe('Markdown import without front matter', () => {
  const text = `# Ferry Crews Walk Out

Crews walked off the job.

#### Timeline

1. Talks began in **October**.
2. Talks collapsed.

- one
  - nested

> "Patience has not paid the rent."
> — Maria Okafor, Union Secretary

> A quoted passage with no speaker.

![Crews on the pier](pier.jpg)

Read [the letter](javascript:alert(1)) and <span>this</span>.

<div><script>alert(1)</script>Boxed text</div>

---
`;

  it('takes the leading "#" heading as the headline', async () => {
    const { article, report } = await importMarkdown(text);
    expect(article.headline).toBe('Ferry Crews Walk Out');
    expect(report.fields).toEqual([{ field: 'headline', value: 'Ferry Crews Walk Out', origin: '"# " heading at line 1' }]);
  });

  it('maps h4 to level 3, keeps lists, and makes an attributed block quote a pull quote', async () => {
    const { article } = await importMarkdown(text);
    expect(blockTypes(article.body)).toEqual(['paragraph', 'heading', 'orderedList', 'bulletList', 'pullQuote', 'paragraph', 'paragraph', 'paragraph']);
    expect(article.body.content?.[1]?.attrs).toEqual({ level: 3 });
    const pullQuote = article.body.content?.[4];
    expect(pullQuote?.content).toEqual([{ type: 'text', text: '"Patience has not paid the rent."' }]);
    const source = article.sources.find((candidate) => candidate.id === pullQuote?.attrs?.sourceId);
    expect(source).toMatchObject({ name: 'Maria Okafor', title: 'Union Secretary', kind: 'person', level: 'on-record' });
  });

  it('keeps an unattributed block quote as body text and warns', async () => {
    const { article, report } = await importMarkdown(text);
    expect(paragraphsOf(article.body)).toContain('A quoted passage with no speaker.');
    expect(report.warnings).toContain('block quote at line 16 has no attribution line (— Name); imported as body text');
  });

  it('reports the image, the unsafe link, raw HTML and the rule, keeping their text', async () => {
    const { article, report } = await importMarkdown(text);
    const paragraphs = paragraphsOf(article.body);
    expect(paragraphs).toContain('Read the letter and this.');
    expect(paragraphs).toContain('Boxed text');
    expect(paragraphs.join(' ')).not.toContain('alert');
    const items = report.dropped.map((entry) => entry.item);
    expect(items).toContain('image "Crews on the pier" (pier.jpg) at line 18');
    expect(items).toContain('link "javascript:alert(1)" on "the letter" (line 20)');
    expect(items).toContain('HTML tag <span> at line 20');
    expect(items.some((item) => item.startsWith('HTML block at line 22'))).toBe(true);
    expect(items).toContain('horizontal rule at line 24');
  });

  it('accepts a pull quote whose attribution is a separate paragraph after it', async () => {
    const { article } = await importMarkdown('# H\n\n> Words that matter.\n\n-- Tom Brennan\n\nAfter.\n');
    expect(blockTypes(article.body)).toEqual(['pullQuote', 'paragraph']);
    expect(article.sources.map((source) => source.name)).toEqual(['Tom Brennan']);
  });

  it('rejects a Markdown file that holds only whitespace', async () => {
    await expect(importMarkdown('  \n\n ')).rejects.toThrow(AppError);
  });
});

describe('Markdown pull quotes inside lists', () => {
  it('links a pull quote nested in a list item to its proposed source', async () => {
    const { article } = await importMarkdown('# H\n\n- Point\n\n  > Nested words.\n  > — Ana Silva\n');
    const item = article.body.content?.[0]?.content?.[0];
    const pullQuote = item?.content?.find((node) => node.type === 'pullQuote');
    expect(pullQuote?.attrs?.sourceId).toBe(article.sources[0]?.id);
    expect(article.sources.map((source) => source.name)).toEqual(['Ana Silva']);
  });
});

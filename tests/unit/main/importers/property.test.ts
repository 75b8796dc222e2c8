import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { articleSchema, type Article } from '../../../../shared/article/model';
import { bodyBlocks } from '../../../../shared/article/text';
import { bodyProblem } from '../../../../shared/editor/validateBody';
import { AppError } from '../../../../shared/errors';
import type { ImportReport } from '../../../../main/importers/types';
import { fixedOptions, utf8 } from './helpers';

/** Characters that exercise the parsers: Markdown syntax, quotes of both kinds, HTML, dashes and line breaks. */
const pieces = ['#', '# ', '## ', '> ', '- ', '1. ', '*', '**', '_', '`', '[a](https://x.org)', '[b](javascript:x)', '![i](p.png)', '<b>', '</b>', '<!--', '---\n', '— Name', '"', '“', '”', "'", '’', 'By Ana Silva', 'CHICAGO — ', 'Contact Us', '©', 'Word', 'word.', 'Title Case Line', '\n', '\n\n', '\r\n', '  ', '\t', 'é'];
const document = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('imports of arbitrary text', () => {
  it.each(['story.txt', 'story.md'])('either refuse with an AppError or return a valid article (%s)', async (name) => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        try {
          const { article } = await importFile({ name, bytes: utf8(text) }, fixedOptions());
          expect(bodyProblem(article.body)).toBeNull();
          expect(articleSchema.safeParse(article).success).toBe(true);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          expect(error.message.startsWith(`${name}: `)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Every word-like run of letters and digits in a text. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** All the words the article holds or the report says were dropped. */
function accountedWords(article: Article, report: ImportReport): Set<string> {
  const places = [article.kicker, article.headline, article.dek, article.dateline.place, ...bodyBlocks(article.body).map((block) => block.text)];
  const names = article.bylines.map((byline) => byline.name);
  const dropped = report.dropped.map((item) => item.item);
  return new Set(wordsOf([...places, ...names, ...dropped].join(' ')));
}

describe('plain-text imports of arbitrary text', () => {
  it('never lose a word silently: each is in the article or listed as dropped', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const imported = await importFile({ name: 'story.txt', bytes: utf8(text) }, fixedOptions()).catch((error: unknown) => {
          if (error instanceof AppError) return null;
          throw error;
        });
        if (!imported) return;
        const accounted = accountedWords(imported.article, imported.report);
        const bylineKeyword = /^by$/i;
        const missing = wordsOf(text).filter((word) => !accounted.has(word) && !bylineKeyword.test(word));
        expect(missing).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

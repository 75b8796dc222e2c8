import type { Article } from '../article/model';
import { bodyBlocks } from '../article/text';
import { checkStyle, type StyleFinding } from './check';
import type { StyleLevel, StyleRuleId } from './rules';

/** Article fields the style check reads, in the order they are shown. */
export const styledFields = ['kicker', 'headline', 'dek'] as const;
export type StyledField = (typeof styledFields)[number];

/** Where a segment of checked text comes from: a field, or a body text block (with its analyser paragraph number, if a paragraph). */
export type StyleSegment = { kind: 'field'; field: StyledField } | { kind: 'block'; block: number; paragraph: number | null };

/** A style finding with the place in the article it belongs to. */
export interface ArticleStyleFinding extends StyleFinding {
  where: StyleSegment;
}

/**
 * The texts of an article the house style applies to: kicker, headline and dek, then every body
 * text block (paragraphs, subheads, pull quotes) in document order, with hard breaks as newlines.
 */
export function articleStyleSegments(article: Pick<Article, StyledField | 'body'>): { segments: StyleSegment[]; texts: string[] } {
  const segments: StyleSegment[] = styledFields.map((field) => ({ kind: 'field', field }));
  const texts: string[] = styledFields.map((field) => article[field]);
  let paragraph = 0;
  bodyBlocks(article.body).forEach((block, index) => {
    segments.push({ kind: 'block', block: index, paragraph: block.type === 'paragraph' ? paragraph : null });
    if (block.type === 'paragraph') paragraph += 1;
    texts.push(block.text);
  });
  return { segments, texts };
}

/** Checks an article's fields and body against the house style. */
export function checkArticleStyle(article: Pick<Article, StyledField | 'body'>, levels: Readonly<Record<StyleRuleId, StyleLevel>>): ArticleStyleFinding[] {
  const { segments, texts } = articleStyleSegments(article);
  return checkStyle(texts, levels).map((finding) => ({ ...finding, where: segments[finding.segment] as StyleSegment }));
}

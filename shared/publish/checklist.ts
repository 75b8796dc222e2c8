import type { Article } from '../article/model';
import type { AttributionResult } from '../attribution/types';
import { checkEditorNotes, checkLinks } from './bodyChecks';
import { anonymousWithoutReason, checkAnonymousSources, checkAttribution, checkFindings, checkReviews } from './quoteChecks';
import type { EvidenceRequirement } from '../standards/policy';
import { checkEvidence, checkStyleFindings } from './standardsChecks';
import type { ArticleStyleFinding } from '../style/articleStyle';
import type { ChecklistField, ChecklistItem, ChecklistLimits } from './types';

/** Newsroom standards the checklist also enforces when given: evidence behind quotes, and the house style's findings. */
export interface StandardsOptions {
  evidence?: EvidenceRequirement;
  /** Findings of `checkArticleStyle` for this article; left out, the house style is not checked. */
  style?: readonly ArticleStyleFinding[];
}

/** Limits newsroom style sets for headline and dek length, in characters. */
export const defaultChecklistLimits: ChecklistLimits = { headline: 70, dek: 160 };

function lengthOf(text: string): number {
  return [...text].length;
}

function checkLength(field: 'headline' | 'dek', label: string, text: string, limit: number): ChecklistItem {
  const target = { field } satisfies { field: ChecklistField };
  const length = lengthOf(text.trim());
  if (length === 0) return { id: field, severity: 'error', label, reason: `The ${field} is empty.`, target };
  if (length > limit) {
    const reason = `The ${field} is ${length} characters; the limit is ${limit}.`;
    return { id: field, severity: 'warning', label, reason, target };
  }
  return { id: field, severity: 'ok', label, reason: `${length} of ${limit} characters.`, target };
}

function checkBylines(article: Article): ChecklistItem {
  const named = article.bylines.filter((byline) => byline.name.trim() !== '');
  const target = { field: 'bylines' } as const;
  return named.length > 0
    ? { id: 'bylines', severity: 'ok', label: 'Byline', reason: named.map((byline) => byline.name.trim()).join(', '), target }
    : { id: 'bylines', severity: 'error', label: 'Byline', reason: 'The article has no byline.', target };
}

function checkDateline(article: Article): ChecklistItem {
  const missing = [
    article.dateline.place.trim() === '' ? 'a place' : '',
    article.dateline.date === '' ? 'a date' : '',
  ].filter(Boolean);
  const target = { field: 'dateline' } as const;
  return missing.length === 0
    ? { id: 'dateline', severity: 'ok', label: 'Dateline', reason: `${article.dateline.place.trim()}, ${article.dateline.date}`, target }
    : { id: 'dateline', severity: 'error', label: 'Dateline', reason: `The dateline needs ${missing.join(' and ')}.`, target };
}

/**
 * Everything an editor must settle before an article is published, in panel order: metadata,
 * quotes, sources, the analyser's findings, editor's notes, links, and (when `standards` asks)
 * evidence behind quotes and the house style. Errors block publishing;
 * warnings block until an editor confirms them; `ok` items show what passed.
 */
export function publishChecklist(
  article: Article,
  analysis: AttributionResult,
  limits: ChecklistLimits = defaultChecklistLimits,
  standards: StandardsOptions = {},
): ChecklistItem[] {
  const reviews = checkReviews(article, analysis);
  const covered = {
    quoteKeys: new Set(reviews.flatMap((item) => (item.target && 'quoteKey' in item.target ? [item.target.quoteKey] : []))),
    sourceIds: new Set(anonymousWithoutReason(article).map((source) => source.id)),
  };
  return [
    checkLength('headline', 'Headline', article.headline, limits.headline),
    checkLength('dek', 'Dek', article.dek, limits.dek),
    checkBylines(article),
    checkDateline(article),
    ...checkAttribution(analysis),
    ...reviews,
    ...checkAnonymousSources(article),
    ...checkFindings(analysis, covered),
    ...checkEditorNotes(article.body),
    ...checkLinks(article.body),
    ...checkEvidence(article, analysis, standards.evidence ?? 'none'),
    ...(standards.style ? checkStyleFindings(standards.style) : []),
  ];
}

/** The items that stop an export: every error, and every warning nobody has confirmed. */
export function blockingItems(items: readonly ChecklistItem[], confirmedWarningIds: Iterable<string> = []): ChecklistItem[] {
  const confirmed = new Set(confirmedWarningIds);
  return items.filter((item) => item.severity === 'error' || (item.severity === 'warning' && !confirmed.has(item.id)));
}

/** True when the article may be exported: no errors, and every warning confirmed by an editor. */
export function canExport(items: readonly ChecklistItem[], confirmedWarningIds: Iterable<string> = []): boolean {
  return blockingItems(items, confirmedWarningIds).length === 0;
}

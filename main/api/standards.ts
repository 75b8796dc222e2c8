import type { Article } from '../../shared/article/model';
import type { AttributionResult } from '../../shared/attribution/types';
import { AppError } from '../../shared/errors';
import type { RenderOptions } from '../../shared/export';
import type { Settings } from '../../shared/ipc';
import type { StandardsOptions } from '../../shared/publish';
import { correctionsProblem } from '../../shared/standards/corrections';
import { checkArticleStyle } from '../../shared/style/articleStyle';
import type { StylePack } from '../../shared/style/pack';

/**
 * Refuses a save that would edit or delete an earlier correction (they are append-only: a
 * mistaken one is struck with a reason). `previous` is the article as last saved, if any.
 */
export function assertCorrectionsAppendOnly(previous: Pick<Article, 'corrections'> | null | undefined, next: Pick<Article, 'corrections'>): void {
  const problem = correctionsProblem(previous?.corrections ?? [], next.corrections);
  if (problem) throw new AppError('invalid-argument', `the article was not saved: ${problem}`);
}

/** The newsroom standards the publish checklist enforces for an article: the evidence setting and the house style. */
export function standardsFor(article: Article, settings: Pick<Settings, 'evidenceRequirement'>, pack: StylePack): StandardsOptions {
  return { evidence: settings.evidenceRequirement, style: checkArticleStyle(article, pack.rules) };
}

/** Render options that follow the newsroom's style: its dates and time zone, and the analysis for verified quotes. */
export function renderOptionsFor(pack: StylePack, analysis: AttributionResult, publishedAt: string): RenderOptions {
  return { mode: 'publish', publishedAt, analysis, dateStyle: pack.dateStyle, timeZone: pack.timeZone };
}

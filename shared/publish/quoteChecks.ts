import type { Article, Source } from '../article/model';
import type { AttributionResult, DetectedQuote, Finding, FindingCode } from '../attribution/types';
import type { ChecklistItem, ChecklistTarget } from './types';

const findingLabels: Record<FindingCode, string> = {
  'unattributed-quote': 'Unattributed quote',
  'anonymous-without-reason': 'Anonymous source without a reason',
  'incomplete-first-reference': 'Incomplete first reference',
  'surname-before-introduction': 'Surname before introduction',
  'unbalanced-quotes': 'Unbalanced quotation marks',
  'pull-quote-mismatch': 'Pull quote does not match the body',
  'conflicting-attribution': 'Conflicting attribution',
  'edited-after-verification': 'Quote edited after verification',
  'ambiguous-pronoun': 'Ambiguous pronoun',
};

function findingTarget(finding: Finding): ChecklistTarget {
  if (finding.quoteKey) return { quoteKey: finding.quoteKey };
  return finding.paragraph >= 0 ? { paragraph: finding.paragraph } : null;
}

function findingPlace(finding: Finding): string {
  return finding.quoteKey ?? `${finding.paragraph}:${finding.start}`;
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "No quotes in the body yet.", "The one quote is verified." or "All 7 quotes are verified." */
function quoteCount(count: number, state: string): string {
  if (count === 0) return 'No quotes in the body yet.';
  return count === 1 ? `The one quote is ${state}.` : `All ${count} quotes are ${state}.`;
}

/** A source as the reporter wrote it in the Sources tab: name, else title, never an internal id. */
function sourceName(source: Source): string {
  return source.name.trim() || source.title.trim() || 'an unnamed source';
}

/** One error per quote the analyser could not attribute. */
export function checkAttribution(analysis: AttributionResult): ChecklistItem[] {
  const unattributed = analysis.findings.filter((finding) => finding.code === 'unattributed-quote');
  if (unattributed.length === 0) {
    const reason = quoteCount(analysis.quotes.length, 'attributed');
    return [{ id: 'quotes-attributed', severity: 'ok', label: 'Quotes attributed', reason, target: null }];
  }
  return unattributed.map((finding) => ({
    id: `quote-attributed:${findingPlace(finding)}`,
    severity: 'error',
    label: 'Unattributed quote',
    reason: finding.message,
    target: findingTarget(finding),
  }));
}

/** Why a quote does not count as verified, or `null` when it does. */
function reviewProblem(article: Article, quote: DetectedQuote, editedKeys: ReadonlySet<string>): string | null {
  const review = article.reviews[quote.key];
  // An edit changes the quote's key, so the analyser's finding is what still ties it to its old review.
  if (!review && editedKeys.has(quote.key)) return 'was edited after it was verified';
  if (!review || review.status === 'unreviewed') return 'has not been reviewed';
  if (review.status === 'flagged') return 'is flagged';
  if (review.status === 'changed') return 'is marked changed and must be verified again';
  if (review.text !== quote.text) return 'was edited after it was verified';
  return null;
}

/** One error per detected quote whose review is not "verified" for the text as it now stands. */
export function checkReviews(article: Article, analysis: AttributionResult): ChecklistItem[] {
  const editedKeys = new Set(
    analysis.findings.flatMap((finding) => (finding.code === 'edited-after-verification' && finding.quoteKey ? [finding.quoteKey] : [])),
  );
  const problems = analysis.quotes
    .map((quote) => ({ quote, problem: reviewProblem(article, quote, editedKeys) }))
    .filter((entry): entry is { quote: DetectedQuote; problem: string } => entry.problem !== null);
  if (problems.length === 0) {
    const reason = quoteCount(analysis.quotes.length, 'verified');
    return [{ id: 'quotes-reviewed', severity: 'ok', label: 'Quotes verified', reason, target: null }];
  }
  return problems.map(({ quote, problem }) => ({
    id: `quote-reviewed:${quote.key}`,
    severity: 'error',
    label: 'Quote not verified',
    reason: `The quote “${excerpt(quote.text)}” ${problem}.`,
    target: { quoteKey: quote.key },
  }));
}

/** Anonymous sources with no recorded reason for granting anonymity. */
export function anonymousWithoutReason(article: Article): Source[] {
  return article.sources.filter((source) => source.level === 'anonymous' && source.anonymityReason.trim() === '');
}

/** One error per anonymous source with no recorded reason for granting anonymity. */
export function checkAnonymousSources(article: Article): ChecklistItem[] {
  const missing = anonymousWithoutReason(article);
  if (missing.length === 0) {
    const reason = 'Every anonymous source has a recorded reason.';
    return [{ id: 'anonymous-sources', severity: 'ok', label: 'Anonymous sources', reason, target: null }];
  }
  return missing.map((source) => ({
    id: `source-anonymity:${source.id}`,
    severity: 'error',
    label: 'Anonymous source without a reason',
    reason: `Record why “${sourceName(source)}” was granted anonymity.`,
    target: { field: 'sources' },
  }));
}

/** What the checklist's own checks already report, so the analyser's matching findings are not listed twice. */
export interface CoveredByChecks {
  /** Quotes reported as not verified. */
  quoteKeys: ReadonlySet<string>;
  /** Anonymous sources reported as lacking a reason. */
  sourceIds: ReadonlySet<string>;
}

function isCovered(finding: Finding, analysis: AttributionResult, covered: CoveredByChecks): boolean {
  if (!finding.quoteKey) return false;
  if (finding.code === 'edited-after-verification') return covered.quoteKeys.has(finding.quoteKey);
  if (finding.code !== 'anonymous-without-reason') return false;
  const sourceId = analysis.quotes.find((quote) => quote.key === finding.quoteKey)?.sourceId;
  return sourceId !== null && sourceId !== undefined && covered.sourceIds.has(sourceId);
}

/**
 * The analyser's other findings, with the analyser's severity. Findings the checklist already
 * reports (an edited quote, a linked anonymous source without a reason) are left out.
 */
export function checkFindings(analysis: AttributionResult, covered: CoveredByChecks): ChecklistItem[] {
  const findings = analysis.findings.filter(
    (finding) => finding.code !== 'unattributed-quote' && !isCovered(finding, analysis, covered),
  );
  if (findings.length === 0) {
    return [{ id: 'attribution-findings', severity: 'ok', label: 'Attribution checks', reason: 'Nothing to check.', target: null }];
  }
  return findings.map((finding) => ({
    id: `finding:${finding.code}:${findingPlace(finding)}`,
    severity: finding.severity,
    label: findingLabels[finding.code],
    reason: finding.message,
    target: findingTarget(finding),
  }));
}

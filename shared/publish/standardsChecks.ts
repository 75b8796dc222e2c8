import type { Article } from '../article/model';
import type { AttributionResult, DetectedQuote } from '../attribution/types';
import { evidenceKeys, hasEvidence } from '../standards/evidence';
import type { ArticleStyleFinding } from '../style/articleStyle';
import { styleRuleIds, styleRuleLabels } from '../style/rules';
import type { ChecklistItem, ChecklistTarget } from './types';

import type { EvidenceRequirement } from '../standards/policy';

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isFromUnnamedSource(quote: DetectedQuote, article: Article): boolean {
  if (quote.speakerKind === 'descriptive') return true;
  const source = quote.sourceId === null ? undefined : article.sources.find((candidate) => candidate.id === quote.sourceId);
  return source !== undefined && source.level !== 'on-record';
}

/**
 * One error per quote that needs evidence and has none: every quote from an anonymous or
 * background source, or every quote, as `requirement` says. Nothing when evidence is not required.
 */
export function checkEvidence(article: Article, analysis: AttributionResult, requirement: EvidenceRequirement): ChecklistItem[] {
  if (requirement === 'none') return [];
  const keys = evidenceKeys(analysis.quotes, article.evidence);
  const missing = analysis.quotes.filter((quote, index) => {
    const key = keys[index];
    const needs = requirement === 'all' || isFromUnnamedSource(quote, article);
    return needs && !(key && hasEvidence(article.evidence[key]));
  });
  const scope = requirement === 'all' ? 'every quote' : 'every quote from an anonymous or background source';
  if (missing.length === 0) {
    return [{ id: 'evidence', severity: 'ok', label: 'Evidence', reason: `Evidence is attached to ${scope}.`, target: null }];
  }
  return missing.map((quote) => ({
    id: `evidence:${quote.key}`,
    severity: 'error',
    label: 'Quote without evidence',
    reason: `Attach evidence to “${excerpt(quote.text)}” (Review tab): Settings require it for ${scope}.`,
    target: { quoteKey: quote.key },
  }));
}

function styleTarget(finding: ArticleStyleFinding): ChecklistTarget {
  const where = finding.where;
  if (where.kind === 'field') return where.field === 'kicker' ? null : { field: where.field };
  return where.paragraph === null ? null : { paragraph: where.paragraph };
}

/**
 * The house-style findings as checklist items, one per rule: errors block, warnings need a
 * sign-off, suggestions stay in the Review tab's Style section.
 */
export function checkStyleFindings(findings: readonly ArticleStyleFinding[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const rule of styleRuleIds) {
    const found = findings.filter((finding) => finding.rule === rule && finding.level !== 'suggestion');
    const first = found[0];
    if (!first || first.level === 'suggestion') continue;
    const count = found.length === 1 ? 'Once' : `${found.length} times`;
    const reason = `${count}; first: ${first.message}. Fix in the Review tab’s Style section.`;
    items.push({ id: `style:${rule}`, severity: first.level, label: `House style: ${styleRuleLabels[rule]}`, reason, target: styleTarget(first) });
  }
  if (items.length === 0) return [{ id: 'style', severity: 'ok', label: 'House style', reason: 'No house-style problems.', target: null }];
  return items;
}

/** Why an article may not be published yet because of its workflow status, or null when it is `ready`. */
export function readyProblem(article: Pick<Article, 'status'>): string | null {
  return article.status === 'ready' ? null : `its workflow status is “${article.status}”; only an article marked “ready” is published`;
}

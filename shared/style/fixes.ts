/**
 * A house-style finding and how its fix is applied, without the retext parser, so the renderer's
 * main bundle can apply fixes while the check itself runs in the style worker.
 */
import type { StyleLevel, StyleRuleId } from './rules';

/** One finding of the house-style check, with offsets into the text of the segment it is in. */
export interface StyleFinding {
  rule: StyleRuleId;
  level: Exclude<StyleLevel, 'off'>;
  message: string;
  /** Index of the segment (a field or a body block) the finding is in. */
  segment: number;
  start: number;
  end: number;
  /** The text as written over `start`–`end`. */
  actual: string;
  /** What replaces that text to fix it, or null when only a person can. */
  fix: string | null;
}

/**
 * Applies fixes to one segment's text, last first so earlier offsets stay right. Overlapping
 * fixes after the first are skipped. Throws when a finding's text is no longer what is there.
 */
export function applyStyleFixes(text: string, findings: readonly StyleFinding[]): string {
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    if (finding.fix === null || finding.end > limit) continue;
    if (result.slice(finding.start, finding.end) !== finding.actual) throw new RangeError(`applyStyleFixes: the text at ${finding.start} is no longer “${finding.actual}”`);
    result = result.slice(0, finding.start) + finding.fix + result.slice(finding.end);
    limit = finding.start;
  }
  return result;
}

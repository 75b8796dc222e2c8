import type { ImportOutcome } from '../../shared/ipc';

const counted = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The report's first line: "29 files: 27 imported, 2 refused, 5 warnings" (parts that are zero left out). */
export function importSummary(outcomes: readonly ImportOutcome[]): string {
  const imported = outcomes.filter((outcome) => outcome.ok);
  const refused = outcomes.length - imported.length;
  const warnings = imported.reduce((sum, outcome) => sum + (outcome.ok ? outcome.report.warnings.length : 0), 0);
  const dropped = imported.reduce((sum, outcome) => sum + (outcome.ok ? outcome.report.dropped.length : 0), 0);
  const parts = [`${imported.length} imported`, refused > 0 ? `${refused} refused` : '', warnings > 0 ? counted(warnings, 'warning') : '', dropped > 0 ? `${dropped} passages left out` : ''];
  return `${counted(outcomes.length, 'file')}: ${parts.filter(Boolean).join(', ')}.`;
}

const fieldLabels: Record<string, string> = {
  kicker: 'Kicker',
  headline: 'Headline',
  dek: 'Dek',
  bylines: 'Bylines',
  dateline: 'Dateline',
  tags: 'Tags',
  additionalReporting: 'Additional reporting',
  status: 'Workflow status',
  slug: 'Slug',
};

/** A report's field key as the Story panel names it ("dek" → "Dek"). */
export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field.charAt(0).toUpperCase() + field.slice(1).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const counted = (count: number, word: string) => `${count === 1 ? 'one' : count} ${word}${count === 1 ? '' : 's'}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What stands between the article and its export, naming only what is there: "Ready to export.",
 * "One warning needs confirming before export.", "2 errors to fix and one warning to confirm before export."
 */
export function blockingSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'Ready to export.';
  if (errors === 0) return `${capitalised(counted(warnings, 'warning'))} ${warnings === 1 ? 'needs' : 'need'} confirming before export.`;
  const confirm = warnings > 0 ? ` and ${counted(warnings, 'warning')} to confirm` : '';
  return `${capitalised(counted(errors, 'error'))} to fix${confirm} before export.`;
}

import type { ImportReport } from './types';

/** The report as plain lines for a terminal: fields, body size, what was dropped, warnings, proposed sources. */
export function formatReport(report: ImportReport): string {
  const lines = [`${report.fileName} (${report.format}${report.encoding ? `, ${report.encoding}` : ''})`];
  for (const field of report.fields) lines.push(`  ${field.field}: ${field.value}  [from ${field.origin}]`);
  lines.push(`  body: ${report.paragraphs} paragraph${report.paragraphs === 1 ? '' : 's'}`);
  if (report.quotes !== null) lines.push(`  quotes found: ${report.quotes}`);
  for (const source of report.proposedSources) {
    const title = source.title ? `, ${source.title}` : '';
    lines.push(`  proposed source: ${source.name}${title} (${source.kind}, ${source.level}; ${source.quotes} quote${source.quotes === 1 ? '' : 's'})`);
  }
  for (const item of report.dropped) lines.push(`  dropped: ${item.item} (${item.reason})`);
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

import type { Correction } from '../article/model';
import { correctionLabels, printedCorrections } from '../standards/corrections';
import { formatDate, type DateStyle } from '../standards/dates';
import { escapeHtml, visibleText } from './escape';

/** One printed note as newsrooms write it: `Correction, July 14, 2019: An earlier version …`. */
export function correctionLead(entry: Correction, dateStyle: DateStyle): string {
  return `${correctionLabels[entry.kind]}, ${formatDate(entry.date, dateStyle)}:`;
}

/**
 * The corrections, clarifications and updates at the end of the story, in the order they were
 * added. Struck entries were mistakes in the log, not in the story, and are left out.
 */
export function renderCorrections(corrections: readonly Correction[], dateStyle: DateStyle): string {
  const printed = printedCorrections(corrections).filter((entry) => visibleText(entry.text) !== '');
  if (printed.length === 0) return '';
  const notes = printed.map((entry) => `<p class="correction"><strong>${escapeHtml(correctionLead(entry, dateStyle))}</strong> ${escapeHtml(visibleText(entry.text))}</p>\n`);
  return `<section class="corrections" aria-label="Corrections and updates">\n${notes.join('')}</section>\n`;
}

import type { DroppedItem } from './types';

/** Whole lines that web pages add around an article and that are never part of it. */
const boilerplateLines: RegExp[] = [
  /^contact us$/i,
  /^share( this)?( (article|story|page|post))?( on (facebook|twitter|x|linkedin|whatsapp|email))?:?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|email|print)$/i,
  /^advertisement$/i,
  /^(story continues below|continue reading)( advertisement)?$/i,
  /^(©|\(c\)|copyright\b).*$/i,
  /^all rights reserved\.?$/i,
  /^(sign up|subscribe)( (now|today|to our newsletter))?[.!]?$/i,
  /^(back to top|comments?|leave a comment|tags?:.*)$/i,
];

/** A line that opens a trailing list of links: everything after it is page furniture too. */
const linkListOpener = /^(related( (stories|articles|coverage|content|links))?|read more|more on this( story)?|see also|you may also like|recommended)\s*:?$/i;

/** Lines of a trailing link list are short and are not sentences of the article. */
const maxLinkListLineLength = 200;

/**
 * Splits a page's trailing boilerplate (`Contact Us`, `Share this`, copyright lines, `Related:`
 * link lists …) off the end of the text. Returns the lines kept and one report item per line dropped.
 */
export function dropTrailingBoilerplate(lines: string[]): { kept: string[]; dropped: DroppedItem[] } {
  let end = lines.length;
  const dropped: DroppedItem[] = [];
  for (;;) {
    while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
    if (end === 0) break;
    const line = (lines[end - 1] ?? '').trim();
    if (boilerplateLines.some((pattern) => pattern.test(line))) {
      dropped.unshift({ item: line, reason: 'page boilerplate at the end of the text' });
      end -= 1;
      continue;
    }
    const opener = linkListStart(lines, end);
    if (opener < 0) break;
    const listed = lines.slice(opener, end).map((entry) => entry.trim()).filter(Boolean);
    dropped.unshift({ item: listed.join(' | '), reason: 'list of related links at the end of the text' });
    end = opener;
  }
  return { kept: lines.slice(0, end), dropped };
}

/** Index of a `Related:`-style line whose following lines (up to `end`) all look like link titles, or -1. */
function linkListStart(lines: string[], end: number): number {
  for (let index = end - 1; index >= Math.max(0, end - 30); index -= 1) {
    const line = (lines[index] ?? '').trim();
    if (linkListOpener.test(line)) return index;
    if (line.length > maxLinkListLineLength || /["“”]/.test(line)) return -1;
  }
  return -1;
}

/** True for a paragraph that is a standalone advertising label in the middle of a page. */
export function isInlineAdvertisement(paragraph: string): boolean {
  return /^(advertisement|story continues below( advertisement)?)$/i.test(paragraph.trim());
}

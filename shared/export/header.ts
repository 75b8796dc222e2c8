import type { Article, Byline } from '../article/model';
import { escapeHtml, visibleText } from './escape';

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Formats a `YYYY-MM-DD` calendar date as `28 November 2026`, independent of locale and time zone. */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new RangeError(`formatCalendarDate: "${date}" is not a YYYY-MM-DD date`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Joins items as `a`, `a and b`, `a, b and c`. */
function joinNames(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function renderByline(bylines: readonly Byline[]): string {
  const names = bylines
    .map((byline) => ({ ...byline, name: visibleText(byline.name) }))
    .filter((byline) => byline.name !== '')
    .map((byline) => {
      const role = byline.role === 'reporter' || byline.role === 'staff' ? '' : ` <span class="role">(${byline.role})</span>`;
      return `<span class="author">${escapeHtml(byline.name)}</span>${role}`;
    });
  return names.length > 0 ? `<p class="byline">By ${joinNames(names)}</p>\n` : '';
}

function renderDateline(article: Article): string {
  const place = visibleText(article.dateline.place);
  const { date } = article.dateline;
  const parts: string[] = [];
  if (place) parts.push(`<span class="dateline-place">${escapeHtml(place)}</span>`);
  if (date) parts.push(`<time datetime="${escapeHtml(date)}">${formatCalendarDate(date)}</time>`);
  return parts.length > 0 ? `<p class="dateline">${parts.join(' — ')}</p>\n` : '';
}

/** The headline when there is one, else "Untitled", so a draft still has a title and a heading. */
export function displayHeadline(article: Article): string {
  return visibleText(article.headline) || 'Untitled';
}

/**
 * Renders the article's `<header>`: kicker, headline as the page's only `<h1>`, dek, byline
 * with any additional reporting, and the dateline with a machine-readable `<time>`.
 */
export function renderHeader(article: Article): string {
  const kicker = visibleText(article.kicker);
  const dek = visibleText(article.dek);
  const additional = visibleText(article.additionalReporting);
  return [
    '<header class="article-header">\n',
    kicker ? `<p class="kicker">${escapeHtml(kicker)}</p>\n` : '',
    `<h1>${escapeHtml(displayHeadline(article))}</h1>\n`,
    dek ? `<p class="dek">${escapeHtml(dek)}</p>\n` : '',
    renderByline(article.bylines),
    additional ? `<p class="additional-reporting">Additional reporting by ${escapeHtml(additional)}</p>\n` : '',
    renderDateline(article),
    '</header>\n',
  ].join('');
}

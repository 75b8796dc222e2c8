import type { Article, Byline } from '../article/model';
import { formatDate, formatDateTime, type DateStyle } from '../standards/dates';
import { escapeHtml, visibleText } from './escape';

/** How dates are printed: the newsroom's style, the time zone of the publication time, and that time if any. */
export interface DatePrinting {
  dateStyle: DateStyle;
  timeZone: string;
  publishedAt: string | null;
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

/** The dateline's date and the publication time, each in a `<time>` with its machine-readable value. */
function renderDates(article: Article, dates: DatePrinting): string {
  const parts: string[] = [];
  const { date } = article.dateline;
  if (date) parts.push(`<time class="dateline-date" datetime="${escapeHtml(date)}">${formatDate(date, dates.dateStyle)}</time>`);
  if (dates.publishedAt) {
    const shown = formatDateTime(dates.publishedAt, dates.dateStyle, dates.timeZone);
    parts.push(`<span class="published">Published <time datetime="${escapeHtml(dates.publishedAt)}">${escapeHtml(shown)}</time></span>`);
  }
  return parts.length > 0 ? `<p class="dates">${parts.join(' · ')}</p>\n` : '';
}

/** The headline when there is one, else "Untitled", so a draft still has a title and a heading. */
export function displayHeadline(article: Article): string {
  return visibleText(article.headline) || 'Untitled';
}

/**
 * Renders the article's `<header>`: kicker, headline as the page's only `<h1>`, dek, byline
 * with any additional reporting, and the dateline's date and publication time in the newsroom's style.
 */
export function renderHeader(article: Article, dates: DatePrinting): string {
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
    renderDates(article, dates),
    '</header>\n',
  ].join('');
}

import type { LibraryRow } from '../../shared/ipc';
import { relativeTime } from '../../shared/format/relativeTime';

/** Height of one row in pixels: three lines and padding (library.css lays the rows out to fit it exactly). */
export const rowHeight = 66;

const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words to mark in a row: those the index matched, and the words typed (for prefixes). */
export function highlightTerms(matched: readonly string[], search: string): string[] {
  const typed = search.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
  return [...new Set([...matched, ...typed])].sort((a, b) => b.length - a.length);
}

/**
 * `text` split at every word that starts with one of `terms` (case aside): the odd-numbered
 * parts are the matches to mark. One part when there is nothing to mark.
 */
export function highlightParts(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0 || !text) return [text];
  return text.split(new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'giu'));
}

/** What a row shows besides its article: the search, its snippet, and the list's state. */
export interface RowState {
  /** Position in the list (0-based) and the list's length, for screen readers. */
  index: number;
  count: number;
  search: string;
  /** Body text around the search match; empty or absent shows the dek, else the body's opening. */
  snippet: string | undefined;
  isOpen: boolean;
  /** Null when the library is not in selection mode. */
  isSelected: boolean | null;
}

/** What a row does when used: open its article, or toggle it in the selection. */
export interface RowActions {
  onOpen(id: string): void;
  onToggle(id: string): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  parent?.append(made);
  return made;
}

/**
 * One recycled row of the library list: a `<li>` whose parts are built once and then updated in
 * place, without React, as the list scrolls. Each update sets only what changed (text,
 * attributes, position), so a screen of new rows costs a few text changes per row, and the row
 * keeps its element (and focus) while it shows the same article.
 *
 * The row reads as before: three dense lines laid out the same for every article, untitled
 * ones included (status, kicker and time; headline; byline and the matched text or the dek),
 * search matches marked, the kicker, headline and bylines whole in the tooltip. Click or Enter
 * opens it. A row whose element now shows another article gives up focus, so Enter never opens
 * an article the reporter did not pick.
 */
export class RowView {
  readonly item: HTMLLIElement;
  private readonly check: HTMLInputElement;
  private readonly button: HTMLButtonElement;
  private readonly pending: HTMLSpanElement;
  private readonly status: HTMLSpanElement;
  private readonly kicker: HTMLSpanElement;
  private readonly time: HTMLTimeElement;
  private readonly headline: HTMLSpanElement;
  private readonly byline: HTMLSpanElement;
  private readonly snippet: HTMLSpanElement;
  private row: LibraryRow | undefined;
  /** What each part was last given, so an unchanged part is not touched. */
  private readonly shown = new Map<string, string>();

  constructor(actions: RowActions) {
    this.item = element('li', 'library-item');
    this.check = element('input', 'row-check');
    this.check.type = 'checkbox';
    this.check.addEventListener('change', () => {
      if (this.row) actions.onToggle(this.row.id);
    });
    this.button = element('button', 'library-row', this.item);
    this.button.type = 'button';
    this.button.addEventListener('click', () => {
      if (this.row) actions.onOpen(this.row.id);
    });
    const top = element('span', 'row-line row-top', this.button);
    this.status = element('span', 'status', top);
    this.kicker = element('span', 'row-kicker', top);
    this.time = element('time', 'row-time', top);
    this.headline = element('span', 'row-line row-headline', this.button);
    const detail = element('span', 'row-line row-detail', this.button);
    this.byline = element('span', 'row-byline', detail);
    this.snippet = element('span', 'row-snippet', detail);
    this.pending = element('span', 'library-row is-pending');
    this.pending.textContent = 'Loading…';
  }

  /** Sets `key` of the row to `value` with `apply` unless it already shows that value. */
  private set(key: string, value: string, apply: (value: string) => void): void {
    if (this.shown.get(key) === value) return;
    this.shown.set(key, value);
    apply(value);
  }

  private fill(target: HTMLElement, key: string, text: string, terms: readonly string[]): void {
    const parts = highlightParts(text, terms);
    this.set(key, parts.length === 1 ? text : JSON.stringify(parts), () => {
      if (parts.length === 1) {
        target.textContent = text;
        return;
      }
      target.replaceChildren(...parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const mark = document.createElement('mark');
        mark.textContent = part;
        return mark;
      }));
    });
  }

  /** Shows `row` (or "Loading…" while its page is being fetched) at position `state.index`. */
  update(row: LibraryRow | undefined, state: RowState): void {
    this.set('index', String(state.index), (index) => {
      this.item.dataset.index = index;
      this.item.setAttribute('aria-posinset', String(state.index + 1));
      this.item.style.transform = `translateY(${state.index * rowHeight}px)`;
    });
    this.set('count', String(state.count), (count) => this.item.setAttribute('aria-setsize', count));
    if (row?.id !== this.row?.id && document.activeElement === this.button) this.button.blur();
    this.row = row;
    // Only the parts in use are in the DOM: the checkbox in selection mode, "Loading…" while pending.
    const isSelecting = row !== undefined && state.isSelected !== null;
    this.set('parts', !row ? 'pending' : isSelecting ? 'selecting' : 'row', (parts) => {
      this.item.replaceChildren(...(parts === 'pending' ? [this.pending] : parts === 'selecting' ? [this.check, this.button] : [this.button]));
    });
    if (!row) return;
    const title = row.headline || 'Untitled article';
    if (isSelecting) {
      this.check.checked = state.isSelected === true;
      this.set('checkLabel', title, () => this.check.setAttribute('aria-label', `Select “${title}”`));
    }
    this.set('id', row.id, (id) => {
      this.button.dataset.rowId = id;
    });
    this.set('open', String(state.isOpen), () => {
      this.button.classList.toggle('is-open', state.isOpen);
      if (state.isOpen) this.button.setAttribute('aria-current', 'true');
      else this.button.removeAttribute('aria-current');
    });
    this.set('tooltip', [row.kicker, title, row.bylines].filter(Boolean).join(' · '), (tooltip) => {
      this.button.title = tooltip;
    });
    this.set('status', `${row.status} ${row.isChangedSincePublished}`, () => {
      this.status.className = `status status-${row.status}`;
      this.status.textContent = row.isChangedSincePublished ? `${row.status} · changed since published` : row.status;
    });
    const terms = highlightTerms(row.terms, state.search);
    this.fill(this.kicker, 'kicker', row.kicker, terms);
    const when = relativeTime(row.updatedAt);
    this.set('updatedAt', `${row.updatedAt} ${when}`, () => {
      this.time.dateTime = row.updatedAt;
      this.time.title = fullTime.format(new Date(row.updatedAt));
      this.time.textContent = when;
    });
    this.set('untitled', String(!row.headline), (isUntitled) => this.headline.classList.toggle('is-untitled', isUntitled === 'true'));
    if (row.headline) this.fill(this.headline, 'headline', row.headline, terms);
    else this.set('headline', title, () => (this.headline.textContent = title));
    if (row.bylines) this.fill(this.byline, 'byline', row.bylines, terms);
    else this.set('byline', 'No byline', () => (this.byline.textContent = 'No byline'));
    const text = state.snippet || row.dek || row.lead;
    if (text) this.fill(this.snippet, 'snippet', text, terms);
    else this.set('snippet', `${row.words.toLocaleString()} words`, (words) => (this.snippet.textContent = words));
  }
}

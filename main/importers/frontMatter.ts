import { parse as parseYaml } from 'yaml';
import type { Byline } from '../../shared/article/model';
import { bylineRoles } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import { roleFromWords } from './header';
import type { ImportDraft } from './types';

/** Markdown text split into its YAML front matter (or null) and the rest, with the rest's first line number (0-based). */
export function splitFrontMatter(text: string): { yaml: string | null; body: string; bodyLine: number } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { yaml: null, body: text, bodyLine: 0 };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length - 1 };
}

const keyAliases: Record<string, keyof typeof readers> = {
  kicker: 'kicker',
  headline: 'headline',
  title: 'headline',
  dek: 'dek',
  description: 'dek',
  subtitle: 'dek',
  summary: 'dek',
  byline: 'bylines',
  bylines: 'bylines',
  author: 'bylines',
  authors: 'bylines',
  dateline: 'dateline',
  date: 'date',
  tags: 'tags',
  keywords: 'tags',
};

type Reader = (value: unknown, key: string, draft: ImportDraft) => void;

const readers = {
  kicker: textField('kicker'),
  headline: textField('headline'),
  dek: textField('dek'),
  bylines: readBylines,
  dateline: readDateline,
  date: readDate,
  tags: readTags,
} satisfies Record<string, Reader>;

/**
 * Reads YAML front matter into the draft's fields: kicker, headline/title, dek/description,
 * byline(s) as `Name (role)` strings or lists, dateline (`Place, YYYY-MM-DD` or `{ place, date }`)
 * and tags. Other keys are reported as dropped; YAML that does not parse is refused.
 */
export function readFrontMatter(fileName: string, yaml: string, draft: ImportDraft): void {
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('import-failed', `${fileName}: the front matter is not valid YAML (${reason})`);
  }
  if (data === null || data === undefined) return;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new AppError('import-failed', `${fileName}: the front matter must be a list of "key: value" lines`);
  }
  for (const [key, value] of Object.entries(data)) {
    // Own keys only: a key such as "constructor" must not find Object.prototype's.
    const field = Object.hasOwn(keyAliases, key.toLowerCase()) ? keyAliases[key.toLowerCase()] : undefined;
    if (field) readers[field](value, key, draft);
    else draft.dropped.push({ item: `front matter "${key}"`, reason: 'not an article field' });
  }
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

function textField(field: 'kicker' | 'headline' | 'dek'): Reader {
  return (value, key, draft) => {
    const text = asText(value);
    if (text === null) {
      draft.warnings.push(`front matter "${key}" is not text and was ignored`);
      return;
    }
    draft[field] = text;
    draft.fields.push({ field, value: text, origin: `front matter "${key}"` });
  };
}

function readBylines(value: unknown, key: string, draft: ImportDraft): void {
  const entries = Array.isArray(value) ? value : [value];
  for (const entry of entries) {
    const byline = parseByline(entry, draft);
    if (byline) draft.bylines.push(byline);
  }
  if (draft.bylines.length === 0) return;
  const shown = draft.bylines.map((byline) => `${byline.name} (${byline.role})`).join(', ');
  draft.fields.push({ field: 'bylines', value: shown, origin: `front matter "${key}"` });
}

/** `Jane Doe`, `Jane Doe (photographer)` or `{ name, role }`; an unknown role becomes reporter, with a warning. */
function parseByline(entry: unknown, draft: ImportDraft): Byline | null {
  const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : null;
  const raw = record ? `${asText(record.name) ?? ''}${record.role ? ` (${asText(record.role) ?? ''})` : ''}` : asText(entry);
  if (!raw) return null;
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(raw);
  const name = (match ? (match[1] ?? '') : raw).trim();
  const roleText = (match?.[2] ?? '').trim();
  if (!roleText) return { name, role: 'reporter' };
  const exact = bylineRoles.find((role) => role === roleText.toLowerCase());
  const role = exact ?? roleFromWords(roleText);
  if (!role) draft.warnings.push(`byline role "${roleText}" for ${name} is not one Copydesk knows; set to reporter`);
  return { name, role: role ?? 'reporter' };
}

function readDateline(value: unknown, key: string, draft: ImportDraft): void {
  const record = typeof value === 'object' && value !== null && !(value instanceof Date) ? (value as Record<string, unknown>) : null;
  const text = record ? null : asText(value);
  const split = text ? /^(.*?)[,\s]+(\d{4}-\d{2}-\d{2})$/.exec(text) : null;
  const place = record ? (asText(record.place) ?? '') : split ? (split[1] ?? '') : (text ?? '');
  draft.dateline.place = place.trim();
  const date = record ? asText(record.date) : (split?.[2] ?? null);
  if (date) readDate(date, key, draft);
  draft.fields.push({ field: 'dateline', value: [draft.dateline.place, draft.dateline.date].filter(Boolean).join(', '), origin: `front matter "${key}"` });
}

function readDate(value: unknown, key: string, draft: ImportDraft): void {
  const text = asText(value) ?? '';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? '';
  if (date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) {
    draft.dateline.date = date;
    if (key !== 'dateline') draft.fields.push({ field: 'dateline', value: `date ${date}`, origin: `front matter "${key}"` });
    return;
  }
  draft.warnings.push(`front matter "${key}" is not a date (YYYY-MM-DD) and was ignored`);
}

function readTags(value: unknown, key: string, draft: ImportDraft): void {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const tags = list.map(asText).filter((tag): tag is string => Boolean(tag)).map((tag) => tag.slice(0, 100));
  draft.tags = [...new Set([...draft.tags, ...tags])].slice(0, 100);
  draft.fields.push({ field: 'tags', value: draft.tags.join(', '), origin: `front matter "${key}"` });
}

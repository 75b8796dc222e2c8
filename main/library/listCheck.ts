import type { BodyNode } from '../../shared/article/model';
import { articleStatuses, bylineRoles, currentSchemaVersion, slugPattern, type ArticleStatus } from '../../shared/article/vocabulary';
import type { ArticleSummary } from '../../shared/ipc';
import type { SearchDocument, SummaryFields } from './summary';
import { describeFields } from './summary';

/**
 * The scan worker's light check: is a file's JSON, as parsed, good enough to list? It checks the
 * fields a library row is made from (their types and limits as the article schema has them) with
 * no schema library and no editor schema, so a worker lists files before it loads either. It
 * vouches only for the row: the full check (`checkArticle`) still runs on the same bytes in the
 * worker's second pass, and a file that fails it is listed as unreadable with the full check's
 * reason. Anything unusual (an unknown schema version, a published article edited since) returns
 * null here and gets the full check at once.
 */

const shortTextMax = 2_000;
/** Deeper bodies go to the full check, which names the problem (the article schema allows 200 levels of nesting in all). */
const maxBodyDepth = 100;
/** A UUID as main writes them (the full check holds ids to zod's stricter pattern). */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An ISO date and time with seconds and an offset (the full check holds dates to zod's pattern). */
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const isRecordObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= shortTextMax;
const isTag = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= 100;
const isStatus = (value: unknown): value is ArticleStatus => (articleStatuses as readonly unknown[]).includes(value);

function isByline(value: unknown): value is { name: string } {
  return isRecordObject(value) && isShortText(value.name) && (bylineRoles as readonly unknown[]).includes(value.role);
}

/** Whether a body node and its descendants have the shape the row's text walk reads: a type, content that is a list, text that is text. */
function isBodyNode(value: unknown, depth: number): value is BodyNode {
  if (depth > maxBodyDepth || !isRecordObject(value) || typeof value.type !== 'string' || value.type.length < 1 || value.type.length > 64) return false;
  if (value.text !== undefined && typeof value.text !== 'string') return false;
  if (value.content === undefined) return true;
  if (!Array.isArray(value.content)) return false;
  for (const child of value.content) if (!isBodyNode(child, depth + 1)) return false;
  return true;
}

/**
 * Whether the article's "changed since published" is plainly false: never published (version 1
 * files had no publication record; reading them sets none), or not saved since.
 */
function isPlainlyUnchanged(raw: Record<string, unknown>): boolean {
  if (raw.schemaVersion === 1 || raw.publication === null) return true;
  return isRecordObject(raw.publication) && raw.publication.contentUpdatedAt === raw.updatedAt;
}

/** Versions whose row fields are the current version's: all of them (later versions added other fields). */
const isKnownVersion = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= currentSchemaVersion;

/** `raw`'s row fields, when each has the type and limits the article schema gives it; else null. */
function summaryFields(raw: unknown): SummaryFields | null {
  if (!isRecordObject(raw) || !isKnownVersion(raw.schemaVersion)) return null;
  const { id, slug, kicker, headline, dek, status, updatedAt, tags, bylines, body } = raw;
  if (typeof id !== 'string' || !uuidPattern.test(id)) return null;
  if (typeof slug !== 'string' || slug.length > 80 || !slugPattern.test(slug)) return null;
  if (!isShortText(kicker) || !isShortText(headline) || !isShortText(dek)) return null;
  if (!isStatus(status)) return null;
  if (typeof updatedAt !== 'string' || !dateTimePattern.test(updatedAt)) return null;
  if (!Array.isArray(tags) || tags.length > 100 || !tags.every(isTag)) return null;
  if (!Array.isArray(bylines) || bylines.length > 50 || !bylines.every(isByline)) return null;
  if (!isBodyNode(body, 0) || body.type !== 'doc' || !isPlainlyUnchanged(raw)) return null;
  return { id, slug, kicker, headline, dek, status, updatedAt, tags, bylines, body };
}

/**
 * The library row (and search document) for a file's parsed JSON when the light check vouches for
 * its row fields, else null: the caller then checks the file in full, which names any problem.
 */
export function listableSummary(raw: unknown, fileName: string): { summary: ArticleSummary; search: SearchDocument } | null {
  const fields = summaryFields(raw);
  return fields ? describeFields(fields, fileName, false) : null;
}

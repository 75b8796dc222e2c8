import { z } from 'zod';
import { articleIdSchema, articleSchema, articleStatuses, bylineRoles, currentSchemaVersion, isSealedValue, slugSchema, sourcingLevels, type Article, type BodyNode } from '../../shared/article/model';
import { isPlainJson } from '../../shared/article/unknownFields';

/**
 * A fast check of an article file's JSON once lifted to the current schema version
 * (`liftToCurrentVersion`), for the cold start's thousands of files: the
 * hot parts (top-level text, bylines, dateline, tags and the body, which make most of the zod
 * cost) are checked by hand, the rest with their own zod schemas from `articleSchema`. It gives
 * exactly what `articleSchema` would give (the same fields, defaults and key order) or null,
 * never a verdict of its own: on null the caller validates with zod (`validateCurrentArticle`),
 * which names the problem, so a bad file gets the same message as before. Only ordinary files take
 * this path; anything unusual (attribute values that are objects, keys zod would drop) returns null
 * and goes through zod.
 */
const shape = articleSchema.shape;
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const shortTextMax = 2_000;
/** The keys a body node may have: zod's body schema drops any other, so a node with one goes through zod. */
const nodeKeys = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const markKeys = new Set(['type', 'attrs']);
/** Body nodes nested deeper than this go through zod (the caller has already refused JSON nested more than 200 levels). */
const maxBodyDepth = 100;

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= shortTextMax;
const isRecordObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Copies the keys of `raw` outside `known` (in their order) onto `target` when each holds plain JSON; false when one does not. */
function keepUnknown(raw: Record<string, unknown>, known: ReadonlySet<string>, target: Record<string, unknown>): boolean {
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    if (!isPlainJson(raw[key])) return false;
    target[key] = raw[key];
  }
  return true;
}

const bylineKeys = new Set(['name', 'role']);
function checkByline(raw: unknown): Record<string, unknown> | null {
  if (!isRecordObject(raw) || !isShortText(raw.name) || !(bylineRoles as readonly unknown[]).includes(raw.role)) return null;
  const byline: Record<string, unknown> = { name: raw.name, role: raw.role };
  return keepUnknown(raw, bylineKeys, byline) ? byline : null;
}

const datelineKeys = new Set(['place', 'date']);
function checkDateline(raw: unknown): Record<string, unknown> | null {
  if (!isRecordObject(raw) || !isShortText(raw.place) || typeof raw.date !== 'string') return null;
  if (raw.date !== '' && !isoDate.safeParse(raw.date).success) return null;
  const dateline: Record<string, unknown> = { place: raw.place, date: raw.date };
  return keepUnknown(raw, datelineKeys, dateline) ? dateline : null;
}

function checkAttrs(raw: unknown): Record<string, unknown> | null {
  if (!isRecordObject(raw)) return null;
  // Attribute values that are objects could nest deeper than `migrateArticle` allows: zod's path decides.
  for (const key of Object.keys(raw)) if (typeof raw[key] === 'object' && raw[key] !== null) return null;
  return { ...raw };
}

function checkMark(raw: unknown): Record<string, unknown> | null {
  if (!isRecordObject(raw) || typeof raw.type !== 'string' || raw.type.length < 1 || raw.type.length > 64) return null;
  for (const key of Object.keys(raw)) if (!markKeys.has(key)) return null;
  const mark: Record<string, unknown> = { type: raw.type };
  if (raw.attrs !== undefined) {
    const attrs = checkAttrs(raw.attrs);
    if (!attrs) return null;
    mark.attrs = attrs;
  }
  return mark;
}

/** A body node as zod's body schema gives it (keys in its order), or null. */
function checkNode(raw: unknown, depth: number): BodyNode | null {
  if (depth > maxBodyDepth || !isRecordObject(raw) || typeof raw.type !== 'string' || raw.type.length < 1 || raw.type.length > 64) return null;
  for (const key of Object.keys(raw)) if (!nodeKeys.has(key)) return null;
  const node: BodyNode = { type: raw.type };
  if (raw.attrs !== undefined) {
    const attrs = checkAttrs(raw.attrs);
    if (!attrs) return null;
    node.attrs = attrs;
  }
  if (raw.content !== undefined) {
    if (!Array.isArray(raw.content)) return null;
    const content: BodyNode[] = [];
    for (const child of raw.content) {
      const checked = checkNode(child, depth + 1);
      if (!checked) return null;
      content.push(checked);
    }
    node.content = content;
  }
  if (raw.marks !== undefined) {
    if (!Array.isArray(raw.marks)) return null;
    const marks: NonNullable<BodyNode['marks']> = [];
    for (const item of raw.marks) {
      const mark = checkMark(item);
      if (!mark) return null;
      marks.push(mark as NonNullable<BodyNode['marks']>[number]);
    }
    node.marks = marks;
  }
  if (raw.text !== undefined) {
    if (typeof raw.text !== 'string') return null;
    node.text = raw.text;
  }
  return node;
}

/**
 * The value `schema` gives for `value`, or `fail` when it refuses it. `empty` says what the schema
 * holds, a list or a map: an empty one of that kind, the usual case, is copied without zod.
 */
function viaZod(schema: z.ZodType, value: unknown, fail: symbol, empty?: 'list' | 'map'): unknown {
  if (empty === 'list' && Array.isArray(value) && value.length === 0) return [];
  if (empty === 'map' && isRecordObject(value) && Object.keys(value).length === 0) return {};
  const result = schema.safeParse(value);
  return result.success ? result.data : fail;
}

const sourceKeys = new Set(['id', 'kind', 'name', 'title', 'affiliation', 'level', 'anonymityReason', 'contactNote', 'identity']);
const isPrivateText = (value: unknown): value is string => typeof value === 'string' && value.length <= 120_000 && (value.length <= 20_000 || isSealedValue(value));

/** A source as `sourceSchema` gives it, or null (then zod decides). */
function checkSource(raw: unknown): Record<string, unknown> | null {
  if (!isRecordObject(raw)) return null;
  const { id, kind, name, title, affiliation, level, anonymityReason, contactNote } = raw;
  const identity = raw.identity === undefined ? '' : raw.identity;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64 || (kind !== 'person' && kind !== 'organisation')) return null;
  if (!isShortText(name) || !isShortText(title) || !isShortText(affiliation) || !isShortText(anonymityReason)) return null;
  if (!(sourcingLevels as readonly unknown[]).includes(level) || !isPrivateText(contactNote) || !isPrivateText(identity)) return null;
  const source: Record<string, unknown> = { id, kind, name, title, affiliation, level, anonymityReason, contactNote, identity };
  return keepUnknown(raw, sourceKeys, source) ? source : null;
}

/** The sources as the article schema gives them (at most 1,000), through zod when any is unusual. */
function checkSources(raw: unknown, fail: symbol): unknown {
  if (Array.isArray(raw) && raw.length <= 1_000) {
    const sources = raw.map(checkSource);
    if (!sources.includes(null)) return sources;
  }
  return viaZod(shape.sources, raw, fail, 'list');
}

const knownKeys = new Set(Object.keys(shape));
const failed = Symbol('failed');

/**
 * The article `articleSchema` would make of `raw` (JSON lifted to the current schema version),
 * or null when this check cannot vouch for it (then `validateCurrentArticle` decides, and names any problem).
 */
export function checkArticleFast(raw: unknown): Article | null {
  if (!isRecordObject(raw) || raw.schemaVersion !== currentSchemaVersion) return null;
  const { id, slug, kicker, headline, dek, additionalReporting, status, tags, bylines, createdAt, updatedAt } = raw;
  if (typeof id !== 'string' || !articleIdSchema.safeParse(id).success || typeof slug !== 'string' || !slugSchema.safeParse(slug).success) return null;
  if (!isShortText(kicker) || !isShortText(headline) || !isShortText(dek) || !isShortText(additionalReporting)) return null;
  if (!(articleStatuses as readonly unknown[]).includes(status)) return null;
  if (!Array.isArray(tags) || tags.length > 100 || !tags.every((tag) => typeof tag === 'string' && tag.length >= 1 && tag.length <= 100)) return null;
  if (!Array.isArray(bylines) || bylines.length > 50) return null;
  const checkedBylines = bylines.map(checkByline);
  if (checkedBylines.includes(null)) return null;
  const dateline = checkDateline(raw.dateline);
  const body = checkNode(raw.body, 0);
  if (!dateline || !body || body.type !== 'doc') return null;
  if (!isoDateTime.safeParse(createdAt).success || !isoDateTime.safeParse(updatedAt).success) return null;
  // The rest (sources, reviews, the logs, publication, corrections, evidence) through their own schemas.
  const rest = {
    sources: checkSources(raw.sources, failed),
    reviews: viaZod(shape.reviews, raw.reviews, failed, 'map'),
    attributionLog: viaZod(shape.attributionLog, raw.attributionLog, failed, 'list'),
    publication: viaZod(shape.publication, raw.publication, failed),
    corrections: viaZod(shape.corrections, raw.corrections, failed, 'list'),
    evidence: viaZod(shape.evidence, raw.evidence, failed, 'map'),
    statusLog: viaZod(shape.statusLog, raw.statusLog, failed, 'list'),
  };
  if (Object.values(rest).includes(failed)) return null;
  // In the schema's key order, then unknown keys in the file's order, as zod gives them.
  const article: Record<string, unknown> = {
    schemaVersion: currentSchemaVersion, id, slug, kicker, headline, dek, bylines: checkedBylines, additionalReporting, dateline, tags: [...tags], status, body,
    ...rest, createdAt, updatedAt,
  };
  if (!keepUnknown(raw, knownKeys, article)) return null;
  return article as Article;
}

import * as Y from 'yjs';
import { articleSchema, type Article, type QuoteReview } from '../article/model';
import { AppError } from '../errors';
import { appendLogEntries, logArray, logEntryKey, readLogEntries, type SharedLogEntry } from './attributionLog';
import { readBody, writeBody } from './body';
import { mergeCorrections, readCorrections, writeCorrections } from './corrections';
import type { LedgerView } from './ledger';
import { readSources, withLocalPrivateFields, writeSources } from './sources';
import { setText } from './text';

/**
 * Where each part of an article lives in its Yjs document. The body is the XML fragment that
 * `@tiptap/extension-collaboration` binds with `field: storyRoots.body`; the headline, kicker,
 * dek and additional-reporting line are root Y.Texts, so concurrent edits to one of them merge;
 * the other structured fields are last-writer-wins values in one map.
 */
export const storyRoots = { body: 'body', fields: 'fields', sources: 'sources', reviews: 'reviews', attributionLog: 'attributionLog', corrections: 'corrections', correctionStrikes: 'correctionStrikes' } as const;

/** The fields held as Y.Text, each in a root of its own name. */
export const textFields = ['kicker', 'headline', 'dek', 'additionalReporting'] as const;

/** The fields held as whole values in the `fields` map. */
export const valueFields = ['schemaVersion', 'id', 'slug', 'bylines', 'dateline', 'tags', 'status', 'publication', 'createdAt', 'updatedAt'] as const;

/** Everything of an article a shared story holds besides the body. */
export type SharedArticleFields = Pick<Article, (typeof textFields)[number] | (typeof valueFields)[number] | 'sources' | 'reviews' | 'attributionLog' | 'corrections'>;

const sharedFieldsSchema = articleSchema.pick({
  ...(Object.fromEntries([...textFields, ...valueFields].map((field) => [field, true])) as Record<(typeof textFields)[number] | (typeof valueFields)[number], true>),
  sources: true,
  reviews: true,
  attributionLog: true,
  corrections: true,
});

/** Origin of the transaction that first fills a story from a local article. */
export const importOrigin = 'copydesk-import';

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes the document hold `article`, changing only what differs, in one transaction with the
 * given origin. Private source fields never enter it. The attribution log and the corrections
 * only grow: entries the document lacks are appended (log entries marked imported when the
 * document was empty), none removed.
 */
export function writeArticle(doc: Y.Doc, article: Article, origin: unknown = null): void {
  doc.transact(() => {
    writeArticleFields(doc, article, origin);
    writeBody(doc.getXmlFragment(storyRoots.body), article.body);
  }, origin);
}

/**
 * Like `writeArticle` but leaves the body alone: what the app calls for each change to a field,
 * a source or a review decision while `@tiptap/extension-collaboration` edits the body itself.
 */
export function writeArticleFields(doc: Y.Doc, article: SharedArticleFields, origin: unknown = null): void {
  const isFirst = doc.getMap(storyRoots.fields).size === 0;
  doc.transact(() => {
    for (const field of textFields) setText(doc.getText(field), article[field]);
    const fields = doc.getMap<unknown>(storyRoots.fields);
    for (const field of valueFields) if (!sameValue(fields.get(field), article[field])) fields.set(field, structuredClone(article[field]));
    writeSources(doc.getArray<Y.Map<string>>(storyRoots.sources), article.sources);
    const reviews = doc.getMap<QuoteReview>(storyRoots.reviews);
    for (const key of [...reviews.keys()]) if (!(key in article.reviews)) reviews.delete(key);
    for (const [key, review] of Object.entries(article.reviews)) if (!sameValue(reviews.get(key), review)) reviews.set(key, { ...review });
    const log = logArray(doc);
    const present = new Set(log.toArray().map(logEntryKey));
    appendLogEntries(log, article.attributionLog.filter((entry) => !present.has(logEntryKey(entry))), isFirst);
    writeCorrections(doc, article.corrections);
  }, origin);
}

/** A new document holding the article (minus private fields), as the sharer's first state. */
export function createStoryDoc(article: Article): Y.Doc {
  const doc = new Y.Doc();
  writeArticle(doc, article, importOrigin);
  return doc;
}

/** True once the document holds an article (its fields have arrived). */
export function hasArticle(doc: Y.Doc): boolean {
  return doc.getMap(storyRoots.fields).has('id');
}

/**
 * The article the document holds, checked against the article schema. Private source fields are
 * empty (see `withLocalPrivateFields`); log authors come from the ledger when one is given.
 * A document that does not hold a valid article is an `invalid-argument` AppError naming the field.
 */
export function readArticle(doc: Y.Doc, ledger: LedgerView | null = null): Article {
  return checked(articleSchema, { ...readCandidate(doc, ledger), body: readBody(doc.getXmlFragment(storyRoots.body)) });
}

/**
 * The story's fields, sources, review decisions, attribution log and corrections without the body (which the
 * collaborative editor holds): cheap enough to read after every remote change. Private source
 * fields are empty. Invalid content is an `invalid-argument` AppError naming the field.
 */
export function readArticleFields(doc: Y.Doc, ledger: LedgerView | null = null): SharedArticleFields {
  return checked(sharedFieldsSchema, readCandidate(doc, ledger));
}

/**
 * `local` with the shared story's fields taken in: what the other machines changed arrives, while
 * what belongs to this machine stays — the file's slug and dates, private source fields (matched by
 * source id), evidence and the status log. Corrections made elsewhere are added after this
 * machine's own, which keep their places (see `mergeCorrections`).
 */
export function mergeSharedFields(local: Article, shared: SharedArticleFields): Article {
  const { schemaVersion: _version, id: _id, slug: _slug, createdAt: _created, updatedAt: _updated, sources, corrections, ...rest } = shared;
  return { ...local, ...rest, sources: withLocalPrivateFields(sources, local.sources), corrections: mergeCorrections(local.corrections, corrections) };
}

function readCandidate(doc: Y.Doc, ledger: LedgerView | null): Record<string, unknown> {
  const fields = doc.getMap<unknown>(storyRoots.fields);
  const candidate: Record<string, unknown> = Object.fromEntries(valueFields.map((field) => [field, fields.get(field)]));
  for (const field of textFields) candidate[field] = doc.getText(field).toString();
  candidate.sources = readSources(doc.getArray<Y.Map<string>>(storyRoots.sources));
  candidate.reviews = doc.getMap<QuoteReview>(storyRoots.reviews).toJSON();
  candidate.attributionLog = readLogEntries(doc.getArray<SharedLogEntry>(storyRoots.attributionLog), ledger);
  candidate.corrections = readCorrections(doc);
  return candidate;
}

function checked<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, candidate: unknown): T {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'article';
    throw new AppError('invalid-argument', `the shared story is not a valid article: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

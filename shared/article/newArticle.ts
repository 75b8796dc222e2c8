import { currentSchemaVersion, emptyBody, type Article } from './model';

/** Fields a caller may set when creating an article; the rest get empty defaults. */
export type NewArticleFields = Partial<Omit<Article, 'schemaVersion' | 'id' | 'createdAt' | 'updatedAt'>>;

/** Builds a complete, valid article with the given id and time, filling every unset field. */
export function newArticle(id: string, now: string, fields: NewArticleFields = {}): Article {
  return {
    schemaVersion: currentSchemaVersion,
    id,
    slug: 'untitled',
    kicker: '',
    headline: '',
    dek: '',
    bylines: [],
    additionalReporting: '',
    dateline: { place: '', date: '' },
    tags: [],
    status: 'draft',
    body: emptyBody(),
    sources: [],
    reviews: {},
    attributionLog: [],
    publication: null,
    corrections: [],
    evidence: {},
    statusLog: [],
    ...fields,
    createdAt: now,
    updatedAt: now,
  };
}

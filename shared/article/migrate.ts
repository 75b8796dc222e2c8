import { AppError } from '../errors';
import { articleSchema, currentSchemaVersion, type Article } from './model';

type RawArticle = Record<string, unknown>;

/**
 * Steps that lift a parsed file from version N to N + 1. Version 1 (the foundation) had no
 * sources, reviews, attribution log or publication record; version 2 adds them empty.
 */
const migrations: Record<number, (raw: RawArticle) => RawArticle> = {
  1: (raw) => ({
    ...raw,
    schemaVersion: 2,
    sources: [],
    reviews: {},
    attributionLog: [],
    publication: null,
    additionalReporting: typeof raw.additionalReporting === 'string' ? raw.additionalReporting : '',
  }),
};

/**
 * Turns parsed JSON of any known version into a current `Article`, or throws an
 * `AppError('unreadable-file')` naming what is wrong. Never guesses at unknown future versions.
 */
export function migrateArticle(parsed: unknown): Article {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('unreadable-file', 'the file does not contain a JSON object');
  }
  let raw = parsed as RawArticle;
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('unreadable-file', 'the file has no valid "schemaVersion"');
  }
  if (version > currentSchemaVersion) {
    throw new AppError(
      'unreadable-file',
      `the file was written by a newer Copydesk (schema version ${version}; this version reads up to ${currentSchemaVersion})`,
    );
  }
  for (let step = version; step < currentSchemaVersion; step += 1) {
    const migrate = migrations[step];
    if (!migrate) throw new RangeError(`no migration from schema version ${step}`);
    raw = migrate(raw);
  }
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the article';
    throw new AppError('unreadable-file', `invalid field "${where}": ${issue?.message ?? 'does not match the schema'}`);
  }
  return result.data;
}

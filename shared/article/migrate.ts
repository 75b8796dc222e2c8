import { AppError } from '../errors';
import { articleSchema, currentSchemaVersion, type Article } from './model';

type RawArticle = Record<string, unknown>;

/**
 * Steps that lift a parsed file from version N to N + 1. Version 1 (the foundation) had no
 * sources, reviews, attribution log or publication record; version 2 adds them empty; version 3
 * adds each source's private `identity`; version 4 adds corrections, quote evidence and the status log, empty.
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
  2: (raw) => ({
    ...raw,
    schemaVersion: 3,
    sources: Array.isArray(raw.sources) ? raw.sources.map(withIdentity) : raw.sources,
  }),
  3: (raw) => ({
    ...raw,
    schemaVersion: 4,
    corrections: raw.corrections ?? [],
    evidence: raw.evidence ?? {},
    statusLog: raw.statusLog ?? [],
  }),
};

/** Version 3 adds the private `identity` of a source, empty for sources written before it. */
function withIdentity(source: unknown): unknown {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return source;
  return 'identity' in source ? source : { ...source, identity: '' };
}

/** Deeper than any real article (a quote in a list item in a list is about 12), shallow enough for recursive checks. */
const maxNestingDepth = 200;

/** Measures nesting without recursion, so a hostile file cannot exhaust the stack before it is refused. */
function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    // Only objects can be too deep: text and numbers are not pushed.
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/**
 * Turns parsed JSON of any known version into a current `Article`, or throws an
 * `AppError('unreadable-file')` naming what is wrong. Never guesses at unknown future versions.
 */
export function migrateArticle(parsed: unknown): Article {
  return validateCurrentArticle(liftToCurrentVersion(parsed));
}

/**
 * The first half of `migrateArticle`: checks that parsed JSON is an object of a known version, not
 * nested absurdly deep, and lifts it to the current version's shape, unvalidated. Throws
 * `AppError('unreadable-file')` as `migrateArticle` does.
 */
export function liftToCurrentVersion(parsed: unknown): Record<string, unknown> {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('unreadable-file', 'the file does not contain a JSON object');
  }
  if (isNestedDeeperThan(parsed, maxNestingDepth)) {
    throw new AppError('unreadable-file', `the file is nested more than ${maxNestingDepth} levels deep, which no article is`);
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
  return raw;
}

/** The second half of `migrateArticle`: validates a lifted article, or throws an `AppError('unreadable-file')` naming the first problem. */
export function validateCurrentArticle(raw: Record<string, unknown>): Article {
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the article';
    throw new AppError('unreadable-file', `invalid field "${where}": ${issue?.message ?? 'does not match the schema'}`);
  }
  return result.data;
}

/**
 * The article model's plain constants, with no schema library: what code that must stay light (the
 * library's scan worker) needs to read an article file. `model.ts` builds its zod schemas from these
 * and re-exports them, so either import gives the same values.
 */

/** The schema version written by this build. Older files are migrated on read; newer ones are refused. */
export const currentSchemaVersion = 4;

/** Workflow states in the order an article moves through them. */
export const articleStatuses = ['draft', 'editing', 'ready', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** Roles a byline can carry. */
export const bylineRoles = ['reporter', 'contributor', 'photographer', 'editor', 'correspondent', 'staff'] as const;
export type BylineRole = (typeof bylineRoles)[number];

/** What a slug is: lower-case ASCII words joined by single hyphens (it names the file on disk). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

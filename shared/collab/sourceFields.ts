import type { privateSourceFields, Source } from '../article/model';

/**
 * The source fields that travel to the newsroom server; `contactNote` and `identity` never do. A
 * module of its own, without Yjs, so code that only needs the list (the published-content
 * fingerprint, read by the library's scan worker) does not load the collaboration library.
 */
export const sharedSourceFields = ['id', 'kind', 'name', 'title', 'affiliation', 'level', 'anonymityReason'] as const satisfies readonly Exclude<keyof Source, (typeof privateSourceFields)[number]>[];

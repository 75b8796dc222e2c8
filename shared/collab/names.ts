import { articleIdSchema } from '../article/model';

/**
 * What a document name on the newsroom server addresses: a shared story, the server-written
 * ledger of who wrote what in it, or the newsroom channel used for sign-in, sharing and listing.
 */
export type DocumentAddress = { kind: 'story'; storyId: string } | { kind: 'ledger'; storyId: string } | { kind: 'newsroom' };

/** The document that carries requests to the server (who am I, share, list); it holds no content. */
export const newsroomDocumentName = 'newsroom';

/** The server document name of a shared story; the story id is the article's id. */
export function storyDocumentName(storyId: string): string {
  return `story/${checkedId(storyId)}`;
}

/** The server document name of a story's ledger (Yjs client → verified user), written only by the server. */
export function ledgerDocumentName(storyId: string): string {
  return `ledger/${checkedId(storyId)}`;
}

/** Reads a document name; anything that is not exactly one of the three forms gives null. */
export function parseDocumentName(name: string): DocumentAddress | null {
  if (name === newsroomDocumentName) return { kind: 'newsroom' };
  const match = /^(story|ledger)\/([^/]+)$/.exec(name);
  if (!match || !articleIdSchema.safeParse(match[2]).success) return null;
  return { kind: match[1] as 'story' | 'ledger', storyId: match[2] as string };
}

function checkedId(storyId: string): string {
  if (!articleIdSchema.safeParse(storyId).success) throw new RangeError(`not a story id: "${storyId.slice(0, 80)}"`);
  return storyId;
}

/**
 * Stable quote keys: a hash of the normalised quote text plus its occurrence number, so a key
 * survives edits to other paragraphs and to the quote's punctuation or case.
 */
import { normaliseQuoteText } from './normalise';

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Hashes of quote texts already seen: re-analysis after an edit meets the same texts again. */
const hashes = new Map<string, string>();
const maxHashes = 50_000;

function hashOf(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) {
    if (hashes.size >= maxHashes) hashes.clear();
    hash = fnv1a(normaliseQuoteText(text));
    hashes.set(text, hash);
  }
  return hash;
}

/** Assigns keys in document order: `q-<hash>-<n>` where n counts earlier quotes with the same text. */
export function quoteKeys(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = hashOf(text);
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    return `q-${hash}-${occurrence}`;
  });
}

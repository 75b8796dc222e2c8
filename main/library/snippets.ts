import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateArticle } from '../../shared/article/migrate';
import { leadOf, searchableText } from './summary';

/** Characters of body text shown around a match. */
const snippetLength = 180;

const fold = (text: string) => text.toLowerCase();

/**
 * The stretch of `text` around the first place one of `terms` starts a word, cut at word
 * boundaries with ellipses; empty when no term occurs. Terms are the indexed (lower-case) words
 * the search matched, or the words typed.
 */
export function snippetAround(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  const folded = fold(flat);
  let first = -1;
  for (const term of terms) {
    const word = fold(term);
    if (!word) continue;
    let at = folded.indexOf(word);
    while (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1] as string)) at = folded.indexOf(word, at + 1);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return '';
  // A few words of context before the match, so it shows even in a narrow row.
  const start = first < 24 ? 0 : flat.lastIndexOf(' ', first - 24) + 1;
  const rest = flat.slice(start);
  const cut = leadOf(rest, snippetLength);
  return start > 0 ? `…${cut}` : cut;
}

/**
 * Reads one article file and returns the body text around the search match. An unreadable file
 * gives an empty snippet: the row then shows its stored lead, and the file is reported elsewhere.
 */
export async function snippetFromFile(dir: string, fileName: string, terms: readonly string[]): Promise<string> {
  try {
    const article = migrateArticle(JSON.parse(await readFile(join(dir, fileName), 'utf8')));
    return snippetAround(searchableText(article), terms);
  } catch {
    return '';
  }
}

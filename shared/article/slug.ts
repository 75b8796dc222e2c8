/** Longest slug we derive; long headlines are cut at a word boundary. */
const maxSlugLength = 60;

/**
 * Derives a file-safe slug from a headline: ASCII letters and digits joined by hyphens,
 * accents folded (`Café` → `cafe`), `untitled` when nothing usable remains.
 */
export function slugify(headline: string): string {
  const folded = headline.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = folded.replace(/['’]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxSlugLength) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, maxSlugLength);
  return slug || 'untitled';
}

/** Returns `base`, or `base-2`, `base-3` … — the first one `isTaken` rejects. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Equality of the plain data the analyser keeps between runs (lists and flat records), so a kept
 * result can be reused, or handed back as the same object, when a new run gives equal data.
 */

const identical = (a: unknown, b: unknown): boolean => a === b;

/** True when two lists hold equal items in the same order (`same`: `===` unless given). */
export function isSameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = identical): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    if (!same(a[index] as T, b[index] as T)) return false;
  }
  return true;
}

/** True when two flat records have the same own fields with equal values (`same`: `===` unless given). */
export function hasSameFields(a: object, b: object, same: (x: unknown, y: unknown) => boolean = identical): boolean {
  if (a === b) return true;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const field in x) {
    if (!same(x[field], y[field])) return false;
    count += 1;
  }
  return count === Object.keys(y).length;
}

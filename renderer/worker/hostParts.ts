/**
 * What the worker hosts share: replacing a range of the items they keep, and telling whether an
 * answer is the same as the last one sent (so nothing is copied back to the renderer).
 */

/** Replace `deleteCount` items from `start` with `items`, as `Array.prototype.splice` does. */
export interface ItemSplice {
  start: number;
  deleteCount: number;
}

/**
 * Replaces the range in place, without spreading `items` into arguments (which fails for very
 * long lists). Throws a RangeError naming `what` ("analysis update", "paragraphs") when the range
 * does not fit the list.
 */
export function spliceInPlace<T>(list: T[], { start, deleteCount }: ItemSplice, items: readonly T[], what: { update: string; items: string }): void {
  if (!Number.isInteger(start) || !Number.isInteger(deleteCount) || start < 0 || deleteCount < 0 || start + deleteCount > list.length) {
    throw new RangeError(`${what.update}: splice at ${start} removing ${deleteCount} does not fit ${list.length} ${what.items}`);
  }
  const tail = list.splice(start + deleteCount);
  list.length = start;
  for (const item of items) list.push(item);
  for (const item of tail) list.push(item);
}

/** Throws a RangeError when `version` does not grow past `previous`: updates must arrive in order. */
export function checkVersion(what: string, version: number, previous: number): void {
  if (!(version > previous)) throw new RangeError(`${what}: version ${version} after ${previous}`);
}

/** Remembers the last answer sent, to tell a new answer that is the same. */
export interface SentAnswers<T> {
  /** The version of the last answer sent if `answer` equals it; else records `answer` as sent for `version` and returns null. */
  sameAs(answer: T, version: number): number | null;
}

/** True when two JSON-like values are equal all the way down (a value JSON cannot carry counts as different). */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!isSameJson(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !isSameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * Compares answers value by value (walking them costs a fraction of writing them out as JSON).
 * The last answer is kept as given, so hosts must not change an answer after returning it.
 */
export function sentAnswers<T>(): SentAnswers<T> {
  let last: { answer: T; version: number } | null = null;
  return {
    sameAs(answer, version) {
      if (last !== null && isSameJson(answer, last.answer)) return last.version;
      last = { answer, version };
      return null;
    },
  };
}

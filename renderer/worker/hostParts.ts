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

/**
 * Answers are compared as JSON, which is what crosses to the renderer (measured: writing the
 * analysis of a 20,000-word article out costs about a quarter of walking it value by value in script).
 */
export function sentAnswers<T>(): SentAnswers<T> {
  let last = { text: '', version: 0 };
  return {
    sameAs(answer, version) {
      const text = JSON.stringify(answer);
      if (text === last.text) return last.version;
      last = { text, version };
      return null;
    },
  };
}

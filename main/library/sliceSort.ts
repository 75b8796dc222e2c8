/** Rows sorted directly before the merges: a run's sort takes well under a slice. */
const runLength = 256;

/** Merges `left` and `right` (each in `compare` order) into `into`, pausing whenever a slice is used up. */
async function mergeRuns<T>(left: readonly T[], right: readonly T[], into: T[], compare: (a: T, b: T) => number, pause: () => Promise<void> | null): Promise<void> {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    // Ties take the left row, so the merge keeps the order a plain sort gives.
    into[k++] = compare(right[j] as T, left[i] as T) < 0 ? (right[j++] as T) : (left[i++] as T);
    if ((k & 255) === 0) await pause();
  }
  while (i < left.length) into[k++] = left[i++] as T;
  while (j < right.length) into[k++] = right[j++] as T;
}

/**
 * `rows` (left as they are) in `compare` order, as `rows.sort(compare)` gives, with the event loop free
 * at least every `sliceMs` (runs sorted directly, then merged in pairs), for sorts on main too long
 * to make in one go.
 */
export async function sortInSlices<T>(rows: T[], compare: (a: T, b: T) => number, sliceMs: number): Promise<T[]> {
  let deadline = performance.now() + sliceMs;
  const pause = (): Promise<void> | null => {
    if (performance.now() < deadline) return null;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      deadline = performance.now() + sliceMs;
    });
  };
  let runs: T[][] = [];
  for (let start = 0; start < rows.length; start += runLength) {
    runs.push(rows.slice(start, start + runLength).sort(compare));
    await pause();
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const left = runs[index] as T[];
      const right = runs[index + 1];
      if (!right) {
        merged.push(left);
        continue;
      }
      const into = new Array<T>(left.length + right.length);
      await mergeRuns(left, right, into, compare, pause);
      merged.push(into);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}


/** `left` and `right` (each in `compare` order) as one new list in that order; ties take the left item. */
export function mergeSorted<T>(left: readonly T[], right: readonly T[], compare: (a: T, b: T) => number): T[] {
  const into = new Array<T>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) into[k++] = compare(right[j] as T, left[i] as T) < 0 ? (right[j++] as T) : (left[i++] as T);
  while (i < left.length) into[k++] = left[i++] as T;
  while (j < right.length) into[k++] = right[j++] as T;
  return into;
}

/**
 * The items `keep` holds true for, in order, with the event loop free at least every `sliceMs`:
 * for passes over a whole library on main (50,000 lookups) that would otherwise hold it at once.
 * What `keep` reads may change between slices; each item is judged as things are when it is reached.
 */
export async function filterInSlices<T>(items: readonly T[], keep: (item: T) => boolean, sliceMs = 8): Promise<T[]> {
  const kept: T[] = [];
  let deadline = performance.now() + sliceMs;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as T;
    if (keep(item)) kept.push(item);
    if ((index & 255) === 255 && performance.now() >= deadline) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      deadline = performance.now() + sliceMs;
    }
  }
  return kept;
}

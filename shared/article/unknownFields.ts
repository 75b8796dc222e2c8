import { z } from 'zod';

/** Deepest and largest value kept for a field Copydesk does not know. */
const maxDepth = 64;
const maxNodes = 100_000;

/**
 * True when `value` is plain JSON (strings, finite numbers, booleans, null, arrays and plain
 * objects) no deeper than 64 levels and no larger than 100,000 values. Checked without recursion,
 * so a hostile value cannot exhaust the stack.
 */
export function isPlainJson(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let seen = 0; stack.length > 0; seen += 1) {
    const { value: current, depth } = stack.pop()!;
    if (seen > maxNodes || depth > maxDepth) return false;
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (typeof current !== 'object') return false;
    const isArray = Array.isArray(current);
    if (!isArray && Object.getPrototypeOf(current) !== Object.prototype && Object.getPrototypeOf(current) !== null) return false;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return true;
}

/**
 * The value of a field this build of Copydesk does not know (added by a newsroom script or a newer
 * Copydesk of the same schema version): kept as it is when it is plain JSON, refused otherwise.
 */
export const unknownFieldSchema = z.custom<unknown>(isPlainJson, 'a field Copydesk does not know must hold plain JSON');

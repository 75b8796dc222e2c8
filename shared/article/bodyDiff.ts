import { diffArrays, diffWords } from 'diff';

/** A run of words that is in both versions, only in the new one, or only in the old one. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One paragraph of a body diff; `same` runs of unchanged paragraphs are collapsed to a count. */
export type ParagraphDiff = { kind: 'same'; count: number } | { kind: 'added' | 'removed' | 'changed'; parts: DiffPart[] };

const whole = (kind: 'added' | 'removed', text: string): ParagraphDiff => ({ kind, parts: [{ kind, text }] });

/**
 * How the body's paragraphs change from `before` to `after`: paragraphs added, removed or changed
 * (with the changed words marked), and the unchanged ones between them counted.
 */
export function bodyDiff(before: readonly string[], after: readonly string[]): ParagraphDiff[] {
  const result: ParagraphDiff[] = [];
  const changes = diffArrays([...before], [...after]);
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]!;
    if (!change.added && !change.removed) {
      result.push({ kind: 'same', count: change.value.length });
      continue;
    }
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      const paired = Math.min(change.value.length, next.value.length);
      for (let at = 0; at < paired; at += 1) {
        const parts: DiffPart[] = diffWords(change.value[at]!, next.value[at]!).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
        result.push({ kind: 'changed', parts });
      }
      for (const text of change.value.slice(paired)) result.push(whole('removed', text));
      for (const text of next.value.slice(paired)) result.push(whole('added', text));
      index += 1;
      continue;
    }
    for (const text of change.value) result.push(whole(change.added ? 'added' : 'removed', text));
  }
  return result;
}

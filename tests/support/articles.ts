import type { BodyNode } from '../../shared/article/model';

/** A deterministic body of about `words` words whose text depends on `seed`. */
export function bodyOfWords(seed: number, words: number): BodyNode {
  const paragraphs: BodyNode[] = [];
  for (let done = 0, n = 0; done < words; n += 1) {
    const count = Math.min(60, words - done);
    const text = Array.from({ length: count }, (_, i) => `w${seed}x${n}y${i}`).join(' ');
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    done += count;
  }
  return { type: 'doc', content: paragraphs };
}

/** A TipTap body with one paragraph per string. */
export function paragraphs(...texts: string[]): BodyNode {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) };
}

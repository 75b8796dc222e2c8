import type { BodyNode } from '../article/model';
import { editorSchema } from './extensions';
import { isSafeHref } from './links';

/**
 * Checks a TipTap JSON body against the editor schema and the link rules. Returns `null` when
 * it is valid, else a message naming the first problem.
 */
export function bodyProblem(body: BodyNode): string | null {
  try {
    const node = editorSchema.nodeFromJSON(body);
    node.check();
    let badLink: string | null = null;
    node.descendants((child) => {
      for (const mark of child.marks) {
        if (mark.type.name === 'link' && !isSafeHref(String(mark.attrs.href ?? ''))) badLink = String(mark.attrs.href);
      }
      return badLink === null;
    });
    return badLink === null ? null : `link "${badLink}" is not an http, https or mailto address`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

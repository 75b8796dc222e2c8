import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyNode } from '../../../../shared/article/model';
import { bodyParagraphs } from '../../../../shared/article/text';
import type { ImportOptions } from '../../../../main/importers/types';

/** The repository root, resolved from this file. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Fixed time and sequential UUIDs, so imported articles are reproducible. */
export function fixedOptions(extra: ImportOptions = {}): ImportOptions {
  let counter = 0;
  return {
    now: '2026-01-05T09:00:00.000Z',
    newId: () => {
      counter += 1;
      return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
    },
    ...extra,
  };
}

/** Bytes of a UTF-8 string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The body's paragraphs as plain text. */
export function paragraphsOf(body: BodyNode): string[] {
  return bodyParagraphs(body);
}

/** Top-level node types of a body, in order. */
export function blockTypes(body: BodyNode): string[] {
  return (body.content ?? []).map((node) => node.type);
}

/** A fresh temporary directory, and a function that removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `copydesk-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

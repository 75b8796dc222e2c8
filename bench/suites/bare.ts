import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import type { BodyNode } from '../../shared/article/model';
import { generatedDir } from '../fixtures/corpus';

const repoRoot = join(import.meta.dirname, '..', '..');
const sourceDir = join(repoRoot, 'bench', 'browser', 'bare');

/** Where the built bare TipTap page lives. */
export const bareDir = join(generatedDir, 'bare');

const starterKitMarks = new Set(['bold', 'italic', 'link']);

/**
 * The same body for bare TipTap (StarterKit only): every block and every character kept, pull
 * quotes as block quotes, and only the marks StarterKit knows (inline quotes and editor's notes dropped).
 */
export function bareDocument(node: BodyNode): BodyNode {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).filter((mark) => starterKitMarks.has(mark.type));
    return { type: 'text', text: node.text ?? '', ...(marks.length ? { marks } : {}) };
  }
  if (node.type === 'pullQuote') return { type: 'blockquote', content: [{ type: 'paragraph', content: (node.content ?? []).map(bareDocument) }] };
  return { ...node, ...(node.content ? { content: node.content.map(bareDocument) } : {}) };
}

async function isBuilt(): Promise<boolean> {
  const built = await stat(join(bareDir, 'index.html')).then((info) => info.mtimeMs, () => 0);
  const sources = await Promise.all(['index.html', 'bare.ts', 'bare.css'].map((name) => stat(join(sourceDir, name)).then((info) => info.mtimeMs)));
  return built > Math.max(...sources);
}

/** Builds the bare TipTap page (`bench/browser/bare/`) with Vite into `bench/.generated/bare/` unless it is up to date. */
export async function ensureBarePageBuilt(log: (line: string) => void): Promise<void> {
  if (await isBuilt()) return;
  log('building the bare TipTap baseline page…');
  await build({ root: sourceDir, base: './', configFile: false, logLevel: 'warn', build: { outDir: bareDir, emptyOutDir: true } });
}

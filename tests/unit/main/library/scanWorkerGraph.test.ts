import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerScript } from '../../../../main/library/workerScript';

/** The specifiers a bundled module imports: statically (`import … from`) and with `import()`. */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const match of code.matchAll(/^\s*import\s+(?:[^'"();]*?\s+from\s+)?["']([^"']+)["'];?/gm)) found.static.push(match[1]!);
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.dynamic.push(match[1]!);
  return found;
}

/** The packages a bundled module loads before it runs (following its chunks), and the modules it leaves to `import()`. */
async function graphOf(entry: string): Promise<{ packages: Set<string>; lazy: Set<string> }> {
  const packages = new Set<string>();
  const lazy = new Set<string>();
  const seen = new Set<string>();
  const walk = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const imports = importsOf(await readFile(path, 'utf8'));
    for (const specifier of imports.dynamic) lazy.add(join(dirname(path), specifier));
    for (const specifier of imports.static) {
      if (specifier.startsWith('.')) await walk(join(dirname(path), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  await walk(entry);
  return { packages, lazy };
}

describe('the scan worker', () => {
  it('starts without the schema library, the editor schema or the collaboration library, and loads them with the full check', async () => {
    const script = await workerScript('scanWorker');
    expect(script).not.toBeNull();
    const entry = fileURLToPath(script!);
    const start = await graphOf(entry);
    const heavy = (name: string) => name === 'zod' || name === 'yjs' || name.startsWith('@tiptap/') || name.startsWith('prosemirror-');
    expect([...start.packages].filter(heavy)).toEqual([]);
    // What it reads and indexes with is there from the start.
    expect(start.packages).toContain('minisearch');
    // The full check is one `import()` away, and it brings zod and TipTap.
    expect(start.lazy.size).toBe(1);
    const full = await graphOf([...start.lazy][0]!);
    expect([...full.packages]).toEqual(expect.arrayContaining(['zod', '@tiptap/core', '@tiptap/starter-kit']));
  }, 60_000);
});

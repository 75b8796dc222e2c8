import { join } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './tempDir';

/** Bundles a TypeScript entry into one plain-Node script, so child processes start in milliseconds. */
export async function bundleScript(entry: string): Promise<string> {
  const outfile = join(await tempDir('copydesk-bundle-'), 'script.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: { js: "import { createRequire } from 'node:module'; import { fileURLToPath as __toPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = __toPath(import.meta.url); const __dirname = __filename.replace(/[/][^/]*$/, '');" },
    logLevel: 'silent',
  });
  return outfile;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();
let bundleDir: string | null = null;

/** One folder per test process for the bundles, removed when the process exits (not after each test). */
function outputDir(): string {
  if (!bundleDir) {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    bundleDir = dir;
  }
  return bundleDir;
}

/**
 * Bundles a TypeScript entry into one plain-Node script, so child processes start in milliseconds.
 * Each entry is bundled once per test process.
 */
export function bundleScript(entry: string): Promise<string> {
  const known = bundles.get(entry);
  if (known) return known;
  const outfile = join(outputDir(), `script-${bundles.size}.mjs`);
  const built = build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: { js: "import { createRequire } from 'node:module'; import { fileURLToPath as __toPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = __toPath(import.meta.url); const __dirname = __filename.replace(/[/][^/]*$/, '');" },
    logLevel: 'silent',
  }).then(() => outfile);
  bundles.set(entry, built);
  return built;
}

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();
let bundleDir: string | null = null;

/** One folder per test process for the bundles, removed when the process exits (not after each test). */
function outputDir(): string {
  if (!bundleDir) {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'));
    // Readable by all: some tests run a child script as an unprivileged user.
    chmodSync(dir, 0o755);
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    bundleDir = dir;
  }
  return bundleDir;
}

/**
 * Bundles a TypeScript entry into a plain-Node script (plus a chunk for each `import()`, loaded
 * only when reached), so child processes start in milliseconds. Each entry is bundled once per test process.
 */
export function bundleScript(entry: string): Promise<string> {
  const known = bundles.get(entry);
  if (known) return known;
  const outdir = join(outputDir(), `script-${bundles.size}`);
  const outfile = join(outdir, `${basename(entry, extname(entry))}.mjs`);
  const built = build({
    entryPoints: [entry],
    bundle: true,
    // What a script imports with `import()` goes in chunks of its own, loaded only when it runs.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire } from 'node:module'; import { fileURLToPath as __toPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = __toPath(import.meta.url); const __dirname = __filename.replace(/[/][^/]*$/, '');" },
    logLevel: 'silent',
  }).then(() => outfile);
  bundles.set(entry, built);
  return built;
}

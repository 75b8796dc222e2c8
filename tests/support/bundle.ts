import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();
let bundleDir: string | null = null;
let count = 0;

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
 * Bundles named TypeScript entries (`{ name: path }`) into one folder as plain-Node ES modules named
 * `<name><extension>`, with a chunk for each `import()`, loaded only when reached. A `.js`
 * extension gets a `package.json` marking the folder's files as ES modules, as the app's build has
 * them (worker threads are found by their `.js` names). Resolves with the folder.
 */
export async function bundleEntries(entryPoints: Record<string, string>, extension: '.mjs' | '.js', outdir = join(outputDir(), `bundle-${(count += 1)}`)): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  if (extension === '.js') writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  await build({
    entryPoints,
    bundle: true,
    // What a script imports with `import()` goes in chunks of its own, loaded only when it runs.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    entryNames: '[name]',
    outExtension: { '.js': extension },
    banner: { js: "import { createRequire } from 'node:module'; import { fileURLToPath as __toPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = __toPath(import.meta.url); const __dirname = __filename.replace(/[/][^/]*$/, '');" },
    logLevel: 'silent',
  });
  return outdir;
}

/**
 * Bundles a TypeScript entry into a plain-Node script (see `bundleEntries`), so child processes
 * start in milliseconds. Each entry is bundled once per test process.
 */
export function bundleScript(entry: string): Promise<string> {
  const known = bundles.get(entry);
  if (known) return known;
  const name = basename(entry, extname(entry));
  const built = bundleEntries({ [name]: entry }, '.mjs').then((outdir) => join(outdir, `${name}.mjs`));
  bundles.set(entry, built);
  return built;
}

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const built = new Map<string, Promise<URL>>();

async function bundleFromSource(name: string, here: string): Promise<URL> {
  const source = fileURLToPath(new URL(`./${name}.ts`, here));
  const esbuild = await import('esbuild');
  const output = await esbuild.build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
  const code = output.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced no output for the ${name} worker`);
  // Named by content, inside the project so its packages resolve; processes share one file.
  const root = dirname(dirname(dirname(source)));
  const outfile = join(root, 'node_modules', '.cache', 'copydesk-workers', `${name}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.mjs`);
  if (!existsSync(outfile)) {
    await mkdir(dirname(outfile), { recursive: true });
    await writeFile(`${outfile}.${process.pid}`, code);
    await rename(`${outfile}.${process.pid}`, outfile);
  }
  return new URL(`file://${outfile}`);
}

/**
 * The file a worker thread runs for `name` (a module beside `here`, the caller's
 * `import.meta.url`; by default this module's), or null when there is none (a bundle made
 * without it: callers then do the work on this thread). The app's build emits `<name>.js` next
 * to the main bundle; run from source (tests, the CLI, the benchmark) the TypeScript module is
 * bundled once per process with esbuild, which the toolchain has, so a new worker loads one
 * plain JavaScript file instead of compiling each module it imports.
 */
export function workerScript(name: string, here: string = import.meta.url): Promise<URL | null> {
  if (!here.endsWith('.ts')) {
    const url = new URL(`./${name}.js`, here);
    return Promise.resolve(existsSync(fileURLToPath(url)) ? url : null);
  }
  const key = new URL(`./${name}`, here).href;
  let known = built.get(key);
  if (!known) {
    known = bundleFromSource(name, here);
    built.set(key, known);
  }
  return known;
}

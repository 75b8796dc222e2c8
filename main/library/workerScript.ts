import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = new Map<string, Promise<URL>>();

async function bundleFromSource(name: string, here: string): Promise<URL> {
  const source = fileURLToPath(new URL(`./${name}.ts`, here));
  // Inside the project so its packages resolve; processes share one folder per content.
  const root = dirname(dirname(dirname(source)));
  const cache = join(root, 'node_modules', '.cache', 'copydesk-workers');
  const esbuild = await import('esbuild');
  // What the worker imports with `import()` goes in chunks of its own, loaded only when reached, as the app's build does.
  const output = await esbuild.build({
    entryPoints: { [name]: source }, bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
    outdir: cache, entryNames: '[name]', chunkNames: '[name]-[hash]', outExtension: { '.js': '.mjs' }, write: false, logLevel: 'silent',
  });
  if (output.outputFiles.length === 0) throw new Error(`esbuild produced no output for the ${name} worker`);
  const hash = createHash('sha1');
  for (const file of output.outputFiles) hash.update(relative(cache, file.path)).update(file.contents);
  const folder = join(cache, `${name}-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(folder)) {
    const staging = `${folder}.${process.pid}`;
    for (const file of output.outputFiles) {
      const target = join(staging, relative(cache, file.path));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }
    // Another process may have put the same folder in place meanwhile: theirs is the same content.
    await rename(staging, folder).catch(async (error: unknown) => {
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(folder)) throw error;
    });
  }
  return pathToFileURL(join(folder, `${name}.mjs`));
}

/**
 * The file a worker thread runs for `name` (a module beside `here`, the caller's
 * `import.meta.url`; by default this module's), or null when there is none (a bundle made
 * without it: callers then do the work on this thread). The app's build emits `<name>.js` next
 * to the main bundle; run from source (tests, the CLI, the benchmark) the TypeScript module is
 * bundled once per process with esbuild, which the toolchain has, so a new worker loads plain
 * JavaScript instead of compiling each module it imports (what it imports with `import()` in
 * chunks of their own, as in the app's build).
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

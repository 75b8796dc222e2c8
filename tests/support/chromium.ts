import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a machine with no network and no GPU. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Set to 1 to skip the system Chromium and Playwright's own, as on a fresh machine (to test the npm fallback). */
export const ignoreSystemChromiumVariable = 'COPYDESK_IGNORE_SYSTEM_CHROMIUM';

/** How to launch the Chromium the tests and the bench drive. */
export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  /** Extra environment for the browser (fonts for the npm Chromium on a machine without fontconfig). */
  env?: Record<string, string>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = join(repoRoot, 'node_modules', '@sparticuz', 'chromium');

function systemChromium(): string | null {
  if (process.env[ignoreSystemChromiumVariable] === '1') return null;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/**
 * The headless Chromium shipped inside the `@sparticuz/chromium` npm package (brotli-compressed),
 * decompressed once into `node_modules/.cache`. Written to a temp name and renamed, so processes
 * starting at once never run a half-written binary.
 */
async function npmChromium(): Promise<string> {
  const compressed = join(packageDir, 'bin', 'chromium.br');
  if (!existsSync(compressed)) throw new Error(`No Chromium found: no system Chromium, and ${compressed} is missing (run npm install).`);
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = join(repoRoot, 'node_modules', '.cache', 'copydesk-chromium', version, 'chromium');
  if (existsSync(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  try {
    await pipeline(createReadStream(compressed), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  return target;
}

/** True when the system lacks a shared library the binary needs (libnss3, libnspr4, libexpat on a bare machine). */
function lacksLibraries(binary: string): boolean {
  const linked = spawnSync('ldd', [binary], { encoding: 'utf8' });
  return linked.status !== 0 || /not found/.test(linked.stdout);
}

/**
 * The environment the npm Chromium needs on a bare machine, from the same package: its own NSS,
 * NSPR and expat libraries when the system has none (or `isBundledLibraries`), and Open Sans with
 * a fontconfig file when the system has no fontconfig.
 */
async function npmChromiumEnv(binary: string, isBundledLibraries: boolean): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  const { inflate } = await import('@sparticuz/chromium');
  if (isBundledLibraries || lacksLibraries(binary)) {
    const libraries = join(await inflate(join(packageDir, 'bin', 'al2023.tar.br')), 'lib');
    env.LD_LIBRARY_PATH = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  if (!existsSync('/etc/fonts/fonts.conf')) {
    await inflate(join(packageDir, 'bin', 'fonts.tar.br'));
    env.FONTCONFIG_PATH = join(tmpdir(), 'fonts');
  }
  return env;
}

/**
 * The Chromium to drive: `CHROMIUM_PATH`; else the system's (`/usr/bin/chromium`, or Playwright's
 * own browser if one was installed); else the one inside the `@sparticuz/chromium` npm package,
 * with its own libraries and fonts where the system has none, so `npm install && npm test` needs
 * no browser download and no system package. `COPYDESK_IGNORE_SYSTEM_CHROMIUM=1` skips the
 * system's, to test that fallback; `isBundledLibraries` uses the package's libraries even here.
 */
export async function findChromium(options: { isBundledLibraries?: boolean } = {}): Promise<ChromiumLaunch> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist.`);
    return { executablePath: chosen, args: chromiumArgs };
  }
  const system = systemChromium();
  if (system) return { executablePath: system, args: chromiumArgs };
  const executablePath = await npmChromium();
  const env = await npmChromiumEnv(executablePath, options.isBundledLibraries === true);
  return { executablePath, args: chromiumArgs, ...(Object.keys(env).length > 0 ? { env: { ...filteredEnv(), ...env } } : {}) };
}

function filteredEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const platformBinary: Record<string, string> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * Where the Electron binary is, without downloading anything: `ELECTRON_OVERRIDE_DIST_PATH`
 * when set, else the `electron` package's own `dist/`. Null when it is not there.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env, packageDir = resolve('node_modules/electron')): string | null {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (platformBinary[process.platform] ?? 'electron');
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** The message shown when no Electron binary can be found or fetched. */
export const missingElectronMessage = [
  'Copydesk cannot start: the Electron 45 binary is not installed.',
  'The `electron` package downloads it on first start, and that download failed or is not possible on this machine (no network?).',
  'Fix it with one of:',
  '  • on a machine with network access, run `npm start` again (or `node node_modules/electron/install.js`);',
  '  • set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds an unpacked Electron 45 build.',
  'Everything else (npm test, the CLI) works without it.',
].join('\n');

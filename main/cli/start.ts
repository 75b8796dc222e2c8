import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectronBinary, missingElectronMessage } from './electronBinary';

/**
 * `npm start`: makes sure the Electron binary exists (fetching it once if it can), builds the
 * app with electron-vite and runs it. Prints a clear message instead of a stack trace when the
 * binary is missing.
 */
function start(): number {
  let binary = findElectronBinary();
  if (!binary && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    process.stdout.write('Fetching the Electron binary (first start only)…\n');
    const fetch = spawnSync(process.execPath, [resolve('node_modules/electron/install.js')], { stdio: ['ignore', 'inherit', 'pipe'], timeout: 300_000, encoding: 'utf8' });
    binary = findElectronBinary();
    const reason = fetch.stderr?.split('\n').find((line) => /error/i.test(line));
    if (!binary && reason) process.stderr.write(`The download failed: ${reason.trim()}\n\n`);
  }
  if (!binary) {
    process.stderr.write(`${missingElectronMessage}\n`);
    return 1;
  }
  const build = spawnSync(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  return 0;
}

const code = start();
if (code !== 0) process.exitCode = code;

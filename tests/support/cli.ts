import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bundleEntries } from './bundle';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..');

/** What a command-line run printed, and its exit code. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let bundled: Promise<string> | null = null;

/**
 * Bundles `main/cli/index.ts` once per test process, with its two worker threads beside it as
 * the app's build places them (`importWorker.js`, `scanWorker.js`), so each run starts plain
 * Node instead of compiling the sources through tsx again (several seconds per run on a busy
 * machine).
 */
function cliBundle(): Promise<string> {
  bundled ??= bundleEntries(
    { index: join(repoRoot, 'main/cli/index.ts'), importWorker: join(repoRoot, 'main/importers/importWorker.ts'), scanWorker: join(repoRoot, 'main/library/scanWorker.ts') },
    '.js',
  ).then((outdir) => join(outdir, 'index.js'));
  return bundled;
}

/**
 * Runs the command line (`npm run cli -- <args>`) from its bundle in a child process and
 * returns what it printed and its exit code; `throughTsx` runs the sources through tsx
 * exactly as `npm run cli` does.
 */
export async function runCli(args: readonly string[], options: { cwd?: string; throughTsx?: boolean } = {}): Promise<CliResult> {
  const entry = options.throughTsx ? ['--import', 'tsx', join(repoRoot, 'main/cli/index.ts')] : [await cliBundle()];
  try {
    const { stdout, stderr } = await run(process.execPath, [...entry, ...args], { cwd: options.cwd ?? repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

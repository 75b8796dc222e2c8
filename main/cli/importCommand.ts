import path from 'node:path';
import { formatReport } from '../importers/formatReport';
import { ImportThread } from '../importers/importThread';
import { importFilesToWorkspace } from '../importers/importToWorkspace';

const usage = 'usage: npm run --silent cli -- import <file ...> --out <workspace>\n';

/** Parses `<file ...> --out <dir>` (also `--out=<dir>`); null when the arguments are incomplete. */
export function parseImportArgs(args: string[]): { files: string[]; out: string } | null {
  const files: string[] = [];
  let out: string | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--out') {
      out = args[index + 1] ?? null;
      index += 1;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else files.push(arg);
  }
  return out && files.length > 0 ? { files, out } : null;
}

/**
 * `import <file ...> --out <workspace>`: imports each file into the workspace, prints each
 * file's report (or its error) and exits 1 when any file failed, 2 on bad arguments. The
 * attribution analyser runs on each body, so detected speakers are proposed as sources.
 */
export async function runImport(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if (!parsed) {
    process.stderr.write(usage);
    return 2;
  }
  // Parsing and analysis run in a worker thread, as in the app, so a huge file never blocks this process's event loop.
  const thread = new ImportThread();
  const outcomes = await importFilesToWorkspace(parsed.files, path.resolve(parsed.out), { importer: (input) => thread.run(input, new Date().toISOString()) }).finally(() => thread.close());
  for (const outcome of outcomes) {
    if (outcome.ok) process.stdout.write(`${formatReport(outcome.result.report)}  written: ${outcome.written}\n\n`);
    else process.stderr.write(`failed: ${outcome.error.message}\n`);
  }
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  process.stdout.write(`${outcomes.length - failed} imported, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}


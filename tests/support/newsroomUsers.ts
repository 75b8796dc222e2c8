import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Issues a token with `npm run server -- add-user <name> --data <dataDir>` (the real command) and returns it. */
export function addUser(dataDir: string, name: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('main', 'newsroom', 'server', 'cli.ts'), 'add-user', name, '--data', dataDir], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`add-user ${name} failed (${run.status}): ${run.stderr}`);
  return run.stdout.trim().split('\n').at(-1) as string;
}

import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';

/** What a child reported for its one write. */
export type ChildOutcome = { ok: true } | { ok: false; code: string; message: string };

/**
 * Runs a bundled child script under `ulimit -f kib` with SIGXFSZ ignored: every file it writes
 * stops short at the limit, exactly as on a nearly full disk. Returns the JSON it printed.
 */
export function runLimited(script: string, args: string[], kib: number): ChildOutcome {
  const child = spawnSync('bash', ['-c', `ulimit -f ${kib}; trap "" XFSZ; exec "$0" "$@"`, process.execPath, script, ...args], { encoding: 'utf8' });
  if (child.status !== 0 || !child.stdout) throw new Error(`the child failed (status ${child.status}, signal ${child.signal}): ${child.stderr}`);
  return JSON.parse(child.stdout) as ChildOutcome;
}

/** Names in `dir` other than the expected ones and hidden folders: leftover temp files. */
export async function strays(dir: string, expected: readonly string[]): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => !expected.includes(name) && name !== '.copydesk');
}

import { spawn, spawnSync } from 'node:child_process';

/** True when a command-line tool answers `--version`. */
export function hasTool(command: string): boolean {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return probe.status === 0;
}

/** Says how to install a missing comparison tool, and that only that comparison is skipped. */
export function missingToolMessage(command: string, comparison: string): string {
  return `${command} is not installed, so "${comparison}" is skipped. Install it with: apt-get install pandoc ripgrep`;
}

/** Runs a command to completion; rejects with its stderr when it exits non-zero (unless `okCodes` allows). */
export function run(command: string, args: readonly string[], options: { cwd?: string; okCodes?: number[] } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if ((options.okCodes ?? [0]).includes(code ?? -1)) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`${command} exited with ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 500)}`));
    });
  });
}

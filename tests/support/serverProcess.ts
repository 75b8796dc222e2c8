import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** A newsroom server started in its own process, and the address it listens on once it does. */
export interface LaunchedServer {
  child: ChildProcess;
  /** Resolves with the `ws://` address from the server's "listening" line; rejects if it exits first or takes over 30 s. */
  listening: Promise<string>;
}

/**
 * Starts `main/newsroom/server/cli.ts` (`npm run server`'s entry) on `port` with `dataDir`. It runs
 * through `node --import tsx`, so the child is the server itself and a signal sent to it reaches the
 * server (the tsx command would run it in a grandchild that a SIGKILL to tsx leaves running).
 * Plain Node, no test runner: the tests and the benchmark both use it. The benchmark passes its
 * own `entry` (the same server with arrival stamps) and talks to it over the IPC channel. `args` are
 * further command-line options (`--redis`, `--directory`, `--name`).
 */
export function launchNewsroomServer(dataDir: string, port: number, entry?: string, args: string[] = []): LaunchedServer {
  const child = spawn(process.execPath, ['--import', 'tsx', entry ?? join('main', 'newsroom', 'server', 'cli.ts'), '--port', String(port), '--data', dataDir, ...args], {
    cwd: root,
    stdio: entry ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server process did not start in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited (${code}) before listening:\n${output}`));
    });
  });
  return { child, listening };
}

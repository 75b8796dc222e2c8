import { readFile } from 'node:fs/promises';
import { launchNewsroomServer } from '../../tests/support/serverProcess';

/** A newsroom server in its own process, so its CPU time and memory can be read on their own. */
export interface BenchServer {
  url: string;
  pid: number;
  /** CPU seconds (user + system) the server has used so far; null where /proc is missing. */
  cpuSeconds(): Promise<number | null>;
  /** Resident memory in MB; null where /proc is missing. */
  rssMb(): Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts `main/newsroom/server/cli.ts` on a free loopback port with `dataDir` and waits for it to listen. */
export async function startBenchServer(dataDir: string): Promise<BenchServer> {
  const { child, listening } = launchNewsroomServer(dataDir, 0);
  const url = await listening.catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const pid = child.pid as number;
  const stat = async () => (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null))?.split(') ')[1]?.split(' ') ?? null;
  return {
    url,
    pid,
    cpuSeconds: async () => {
      const fields = await stat();
      return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : null;
    },
    rssMb: async () => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
      const match = status ? /VmRSS:\s+(\d+) kB/.exec(status) : null;
      return match ? Number(match[1]) / 1024 : null;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

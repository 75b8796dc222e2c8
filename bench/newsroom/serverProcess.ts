import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchNewsroomServer } from '../../tests/support/serverProcess';
import type { StampTable } from './stamps';

/** A newsroom server in its own process, so its CPU time and memory can be read on their own. */
export interface BenchServer {
  url: string;
  pid: number;
  /** CPU seconds (user + system) the server has used so far; null where /proc is missing. */
  cpuSeconds(): Promise<number | null>;
  /** Resident memory in MB; null where /proc is missing. */
  rssMb(): Promise<number | null>;
  /** Every update's arrival, store and broadcast times so far, and each debounced store's duration. */
  stamps(): Promise<{ table: StampTable; storeMs: number[] }>;
  stop(): Promise<void>;
}

/** CPU seconds (user + system) process `pid` has used; null where /proc is missing. */
export async function cpuSecondsOf(pid: number): Promise<number | null> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null))?.split(') ')[1]?.split(' ') ?? null;
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : null;
}

/**
 * Seconds the main thread of process `pid` has spent runnable but waiting for a CPU (the kernel's
 * run-queue wait from /proc/<pid>/schedstat); null where it is missing. High while a process uses
 * little CPU means the machine starved it, not that it had little to do.
 */
export async function runQueueSecondsOf(pid: number): Promise<number | null> {
  const fields = (await readFile(`/proc/${pid}/schedstat`, 'utf8').catch(() => null))?.trim().split(' ');
  return fields && fields.length >= 2 ? Number(fields[1]) / 1e9 : null;
}

/** Starts the newsroom server with arrival stamps (`timedServer.ts`) on a free loopback port with `dataDir` and waits for it to listen. */
export async function startBenchServer(dataDir: string): Promise<BenchServer> {
  const { child, listening } = launchNewsroomServer(dataDir, 0, join('bench', 'newsroom', 'timedServer.ts'));
  const url = await listening.catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    cpuSeconds: () => cpuSecondsOf(pid),
    rssMb: async () => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
      const match = status ? /VmRSS:\s+(\d+) kB/.exec(status) : null;
      return match ? Number(match[1]) / 1024 : null;
    },
    stamps: () =>
      new Promise((resolve) => {
        const reply = (message: { type: string; table: StampTable; storeMs: number[] }) => {
          if (message.type !== 'stamps') return;
          child.off('message', reply);
          resolve(message);
        };
        child.on('message', reply);
        child.send({ type: 'stamps' });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

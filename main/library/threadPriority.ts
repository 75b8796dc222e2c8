import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** The niceness background work runs at: the lowest priority, so it takes only what no one else wants of a core. */
export const backgroundNiceness = 19;

/** The kernel's id of the calling thread, from `/proc/thread-self` (`<pid>/task/<tid>`); null where there is none. */
function kernelThreadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/**
 * Lowers the calling worker thread, and only it, to `backgroundNiceness`, so work that may take
 * long (a cold start's second pass) leaves the cores to the window and main. Linux gives each
 * thread its own niceness (`setpriority` on the thread's id); elsewhere a priority belongs to the
 * whole process, so nothing is changed. Returns the thread's niceness now, or null when unchanged.
 * Throws on the main thread: lowering it would slow every answer to the window.
 */
export function lowerThisThreadPriority(): number | null {
  if (isMainThread) throw new RangeError('lowerThisThreadPriority: called on the main thread; it lowers worker threads only');
  if (process.platform !== 'linux') return null;
  const tid = kernelThreadId();
  if (tid === null || tid === process.pid) return null;
  try {
    setPriority(tid, backgroundNiceness);
    return getPriority(tid);
  } catch {
    // Refused (a sandbox without the call): the work still runs, at the usual priority.
    return null;
  }
}

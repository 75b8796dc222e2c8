/**
 * One typed channel to a worker, shared by the attribution analysis and the house-style check:
 * the same protocol served by a real Web Worker, or on this thread when the worker cannot run.
 */

/** Where a client's updates go and its replies come from: a worker, or the same protocol served on this thread. */
export interface WorkerPort<Update, Reply> {
  send(update: Update): void;
  /** Where replies go, and what to call (once) if the port can no longer answer. */
  listen(onReply: (reply: Reply) => void, onFailure: (reason: string) => void): void;
  close(): void;
}

/** The worker's side of a protocol, free of worker APIs: takes updates in order and answers for the newest. */
export interface WorkerHost<Update, Reply> {
  /** Applies one update; throws on an update that does not fit what the host holds. */
  apply(update: Update): void;
  /** The answer for the state after every update applied so far. */
  answer(): Reply;
  /**
   * One short step of work that only makes later answers cheaper, run in a worker while no update
   * waits; returns true while steps remain. It must not change any answer.
   */
  idle?(): boolean;
}

/** A port over a started worker; the caller creates it with `new Worker(new URL(…))` so Vite bundles the script. */
export function portOfWorker<Update, Reply>(worker: Worker): WorkerPort<Update, Reply> {
  return {
    send: (update) => worker.postMessage(update),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
      // A script that cannot be loaded fires a plain Event; an uncaught error inside the worker an ErrorEvent.
      worker.onerror = (event) => onFailure(event instanceof ErrorEvent && event.message ? event.message : 'the worker script could not be loaded');
    },
    close: () => worker.terminate(),
  };
}

/**
 * The protocol served on this thread, one task after each update, for when the worker cannot run:
 * the work then costs the main thread again, but the feature keeps working. Updates sent before
 * the task runs are folded into one answer, as the worker does.
 */
export function createSameThreadPort<Update, Reply>(host: WorkerHost<Update, Reply>): WorkerPort<Update, Reply> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let handlers: { onReply: (reply: Reply) => void; onFailure: (reason: string) => void } | null = null;
  return {
    send(update) {
      try {
        host.apply(update);
      } catch (error) {
        handlers?.onFailure(error instanceof Error ? error.message : String(error));
        return;
      }
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        handlers?.onReply(host.answer());
      }, 0);
    },
    listen(onReply, onFailure) {
      handlers = { onReply, onFailure };
    },
    close() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      handlers = null;
    },
  };
}

/** The part of a worker's global scope that `serveInWorker` uses. */
export interface WorkerScope<Update, Reply> {
  onmessage: ((event: MessageEvent<Update>) => void) | null;
  postMessage(reply: Reply): void;
}

/**
 * Serves `host` from inside a worker: each message is applied in order, and one answer is posted
 * for all the messages that arrived while the worker was busy. After an answer, the host's idle
 * steps run one task at a time until none remain or a message arrives (then they wait for the next answer).
 */
export function serveInWorker<Update, Reply>(scope: WorkerScope<Update, Reply>, host: WorkerHost<Update, Reply>): void {
  let isQueued = false;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  const idleStep = () => {
    idleTimer = null;
    const hasMore = !isQueued && host.idle?.() === true;
    if (hasMore && !isQueued) idleTimer = setTimeout(idleStep, 0);
  };
  const answerNow = () => {
    isQueued = false;
    scope.postMessage(host.answer());
    if (host.idle) idleTimer = setTimeout(idleStep, 0);
  };
  scope.onmessage = (event) => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    host.apply(event.data);
    if (isQueued) return;
    isQueued = true;
    // A task rather than a microtask, so updates already waiting are applied before answering.
    setTimeout(answerNow, 0);
  };
}

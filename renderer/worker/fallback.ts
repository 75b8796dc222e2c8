import type { WorkerPort } from './port';

/** What `withFallback` says in messages, and whom it tells when it has switched. */
export interface FallbackOptions {
  /** What the work is called in messages (`House-style check`). */
  name: string;
  /** Called after switching to the fallback port, which holds nothing yet: the owner sends everything again. */
  onSwitch: () => void;
}

/**
 * A port that starts with `createPort()` and, the first time that port fails, closes it and
 * carries on with `createFallbackPort()` (the same protocol on this thread). The owner's failure
 * handler is called only when no port is left to answer.
 */
export function withFallback<Update, Reply>(
  createPort: () => WorkerPort<Update, Reply>,
  createFallbackPort: (() => WorkerPort<Update, Reply>) | undefined,
  options: FallbackOptions,
): WorkerPort<Update, Reply> {
  let handlers: { onReply: (reply: Reply) => void; onFailure: (reason: string) => void } | null = null;
  let hasFallenBack = false;
  let isClosed = false;
  let port: WorkerPort<Update, Reply>;
  const connect = (next: WorkerPort<Update, Reply>) => {
    port = next;
    port.listen(
      (reply) => handlers?.onReply(reply),
      (reason) => {
        port.close();
        if (isClosed) return;
        if (!createFallbackPort || hasFallenBack) {
          console.error(`${options.name} stopped: ${reason}`);
          handlers?.onFailure(reason);
          return;
        }
        console.error(`${options.name} could not run in its worker (${reason}); it runs on the main thread instead.`);
        hasFallenBack = true;
        connect(createFallbackPort());
        options.onSwitch();
      },
    );
  };
  connect(createPort());
  return {
    send: (update) => port.send(update),
    listen(onReply, onFailure) {
      handlers = { onReply, onFailure };
    },
    close() {
      isClosed = true;
      handlers = null;
      port.close();
    },
  };
}

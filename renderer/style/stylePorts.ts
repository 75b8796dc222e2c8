import { createStyleHost } from './styleHost';
import type { StylePort, StyleReply } from './styleProtocol';

/**
 * Starts the style worker: a module worker that Vite bundles into one file of the renderer's
 * build, loaded from the app's own origin (allowed by `worker-src 'self'`).
 */
export function createStyleWorkerPort(): StylePort {
  const worker = new Worker(new URL('./styleWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-style' });
  return {
    send: (update) => worker.postMessage(update),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent<StyleReply>) => onReply(event.data);
      // A script that cannot be loaded fires a plain Event; an uncaught error inside the worker an ErrorEvent.
      worker.onerror = (event) => onFailure(event instanceof ErrorEvent && event.message ? event.message : 'the worker script could not be loaded');
    },
    close: () => worker.terminate(),
  };
}

/**
 * The style protocol served on this thread, one task after each update, for when the worker
 * cannot run: the check then costs the main thread again, but the Style section keeps working.
 */
export function createStyleInlinePort(): StylePort {
  const host = createStyleHost();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let handlers: { onReply: (reply: StyleReply) => void; onFailure: (reason: string) => void } | null = null;
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
        handlers?.onReply(host.check());
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

import { createSameThreadPort, portOfWorker } from '../worker/port';
import { createStyleHost } from './styleHost';
import type { StylePort, StyleReply, StyleUpdate } from './styleProtocol';

/**
 * Starts the style worker: a module worker that Vite bundles into one file of the renderer's
 * build, loaded from the app's own origin (allowed by `worker-src 'self'`).
 */
export function createStyleWorkerPort(): StylePort {
  return portOfWorker<StyleUpdate, StyleReply>(new Worker(new URL('./styleWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-style' }));
}

/**
 * The style protocol served on this thread, for when the worker cannot run: the check then costs
 * the main thread again, but the Style section keeps working.
 */
export function createStyleInlinePort(): StylePort {
  const host = createStyleHost();
  return createSameThreadPort({ apply: (update) => host.apply(update), answer: () => host.check() });
}

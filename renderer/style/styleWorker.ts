/**
 * The style worker: keeps the open article's checked texts and runs the retext house-style check
 * off the renderer's main thread. Updates that arrive while it is busy are applied in order and
 * answered by one check of the newest state.
 */
import { createStyleHost } from './styleHost';
import type { StyleReply, StyleUpdate } from './styleProtocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<StyleUpdate>) => void) | null; postMessage(reply: StyleReply): void };
const host = createStyleHost();
let isQueued = false;

function checkNow(): void {
  isQueued = false;
  scope.postMessage(host.check());
}

scope.onmessage = (event) => {
  host.apply(event.data);
  if (isQueued) return;
  isQueued = true;
  // A task rather than a microtask, so updates already waiting are applied before checking.
  setTimeout(checkNow, 0);
};

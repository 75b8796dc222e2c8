/**
 * The style worker: keeps the open article's checked texts and runs the retext house-style check
 * off the renderer's main thread. Updates that arrive while it is busy are applied in order and
 * answered by one check of the newest state.
 */
import { serveInWorker, type WorkerScope } from '../worker/port';
import { createStyleHost } from './styleHost';
import type { StyleReply, StyleUpdate } from './styleProtocol';

const host = createStyleHost();
serveInWorker(self as unknown as WorkerScope<StyleUpdate, StyleReply>, { apply: (update) => host.apply(update), answer: () => host.check() });

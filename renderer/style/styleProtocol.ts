/**
 * The messages between the renderer and the style worker. The worker keeps the article's checked
 * texts (kicker, headline, dek, then every body text block); the renderer sends only the texts
 * that changed since its last message, and the worker answers with the findings of them all.
 */
import type { StyleFinding } from '../../shared/style/fixes';
import type { StyleLevel, StyleRuleId } from '../../shared/style/rules';
import type { WorkerPort } from '../worker/port';

/** Replace `deleteCount` texts from index `start` with `texts` (as `Array.prototype.splice` does). */
export interface TextSplice {
  start: number;
  deleteCount: number;
  texts: string[];
}

/**
 * Renderer → worker. `version` grows with every message; `splices` apply in order. The first
 * message of a session splices every text in and carries the levels.
 */
export interface StyleUpdate {
  type: 'update';
  version: number;
  splices: TextSplice[];
  /** The rule pack's levels, when they changed. */
  levels?: Record<StyleRuleId, StyleLevel>;
}

/**
 * Worker → renderer, answering the newest update applied (updates that arrive while the worker is
 * busy are folded into one check). `unchanged` means the findings are exactly those sent for
 * `sameAs`, so nothing is copied back. `checkMs` is the worker's own time.
 */
export type StyleReply =
  | { type: 'result'; version: number; findings: StyleFinding[]; checkMs: number }
  | { type: 'unchanged'; version: number; sameAs: number; checkMs: number }
  | { type: 'failed'; version: number; message: string };

/** Where the style client's updates go and its replies come from: the worker, or the same protocol on this thread. */
export type StylePort = WorkerPort<StyleUpdate, StyleReply>;

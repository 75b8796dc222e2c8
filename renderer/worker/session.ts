/**
 * The renderer's half of a worker protocol tied to an editor: what the analysis and the
 * house-style clients share. Per keystroke it only notes that the document changed; when typing
 * pauses it sends what changed, and it hands on an answer only if nothing changed since it was
 * asked for, so positions in the answer always match the document.
 */
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { withFallback } from './fallback';
import type { WorkerPort } from './port';

/** The replies every versioned protocol gives: a result, "the same as result `sameAs`", or a failure. */
export type VersionedReply =
  | { type: 'result'; version: number }
  | { type: 'unchanged'; version: number; sameAs: number }
  | { type: 'failed'; version: number; message: string };

/** A reply that carries a result. */
export type ResultOf<Reply extends VersionedReply> = Extract<Reply, { type: 'result' }>;

/** How a session runs and what its owner adds: building updates and taking answers. */
export interface WorkerSessionOptions<Update extends { version: number }, Reply extends VersionedReply> {
  /** What the work is called in messages (`Attribution analysis`). */
  name: string;
  createPort: () => WorkerPort<Update, Reply>;
  /** Called once if the worker cannot run; the session carries on with this port instead. */
  createFallbackPort?: () => WorkerPort<Update, Reply>;
  /** Pause after the last edit before what changed is sent. */
  delayMs: number;
  /**
   * The update numbered `version` carrying what changed since the last one sent, or null when
   * nothing did; `current` is the result that answers the last update sent, if it has come.
   */
  prepare(version: number, current: ResultOf<Reply> | null): Update | null;
  /** The port now holds nothing (it was replaced): the next `prepare` must send everything. */
  forget(): void;
  /**
   * The answer to the newest update, given as the result it stands for (the reply itself, or the
   * earlier result an `unchanged` reply points to), with the reply and the round trip.
   */
  accept(result: ResultOf<Reply>, reply: Exclude<Reply, { type: 'failed' }>, roundTripMs: number): void;
  /** Each transaction that changed the document, before the session notes the change. */
  onDocumentChange?(transaction: Transaction): void;
}

/** A running session: what its owner calls. */
export interface WorkerSession {
  /** Something the worker reads changed: answers in flight are stale, and what changed goes after `delayMs` (default the typing pause). */
  changed(delayMs?: number): void;
  /** Sends what changed after `delayMs`, without marking answers in flight stale. */
  sendSoon(delayMs: number): void;
  /** Stops listening to the editor and ends the worker; happens by itself when the editor is destroyed. */
  dispose(): void;
}

/** Starts a session on `editor`: connects the port, sends the first update at once and follows the editor's changes. */
export function createWorkerSession<Update extends { version: number }, Reply extends VersionedReply>(
  editor: Editor,
  options: WorkerSessionOptions<Update, Reply>,
): WorkerSession {
  let version = 0;
  let sentAt = 0;
  let isDirty = true;
  let isDisposed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let received: ResultOf<Reply> | null = null;

  const send = () => {
    timer = null;
    if (isDisposed) return;
    const update = options.prepare(version + 1, received?.version === version ? received : null);
    isDirty = false;
    if (update === null) return;
    if (update.version !== version + 1) throw new RangeError(`${options.name}: prepared update ${update.version} after ${version}`);
    version = update.version;
    sentAt = performance.now();
    port.send(update);
  };

  const schedule = (delayMs: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(send, delayMs);
  };

  const receive = (reply: Reply) => {
    // Kept even when it arrives too late to hand on: a later "unchanged" answer may point back to it.
    if (reply.type === 'result') received = reply as ResultOf<Reply>;
    if (isDisposed || reply.version !== version || isDirty) return;
    if (reply.type === 'failed') {
      console.error(`${options.name} failed: ${reply.message}`);
      return;
    }
    const result = reply.type === 'result' ? (reply as ResultOf<Reply>) : received?.version === reply.sameAs ? received : null;
    if (!result) throw new RangeError(`${options.name}: reply ${reply.version} points to result ${reply.type === 'unchanged' ? reply.sameAs : '?'}, which never came`);
    options.accept(result, reply as Exclude<Reply, { type: 'failed' }>, performance.now() - sentAt);
  };

  const port = withFallback(options.createPort, options.createFallbackPort, {
    name: options.name,
    onSwitch: () => {
      if (isDisposed) return;
      options.forget();
      version = 0;
      received = null;
      send();
    },
  });

  const handleTransaction = ({ transaction }: { transaction: Transaction }) => {
    if (!transaction.docChanged) return;
    options.onDocumentChange?.(transaction);
    isDirty = true;
    schedule(options.delayMs);
  };

  const dispose = () => {
    isDisposed = true;
    if (timer !== null) clearTimeout(timer);
    editor.off('transaction', handleTransaction);
    editor.off('destroy', dispose);
    port.close();
  };

  port.listen(receive, () => undefined);
  editor.on('transaction', handleTransaction);
  editor.on('destroy', dispose);
  send();

  return {
    changed(delayMs = options.delayMs) {
      isDirty = true;
      schedule(delayMs);
    },
    sendSoon: schedule,
    dispose,
  };
}

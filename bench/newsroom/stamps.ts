import type { beforeSyncPayload, Extension, onLoadDocumentPayload, afterLoadDocumentPayload } from '@hocuspocus/server';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';

/** The moments an update passes on its way through the server; times are `performance.timeOrigin + now()` (ms). */
export const stampKinds = ['arrived', 'beforeStore', 'afterStore', 'sent'] as const;
export type StampKind = (typeof stampKinds)[number];

/** For each stamp kind: per Yjs client id, the `[end clock, time]` of every update seen. */
export type StampTable = Record<StampKind, Record<number, [number, number][]>>;

const syncStep1 = 0;
const now = () => performance.timeOrigin + performance.now();

/**
 * Benchmark-only Hocuspocus extension: stamps each update when the server reads it off the socket
 * (`arrived`), just before and just after the SQLite append of `SqlitePersistence` (`beforeStore`,
 * `afterStore`), and once the broadcast that was queued for it has gone out (`sent`). With a
 * priority above the others, its `onLoadDocument` listener runs before the persistence's and its
 * `afterLoadDocument` listener after it; Hocuspocus's own broadcast is queued with `setImmediate`
 * before either, so a `setImmediate` queued from the last listener runs after the broadcast.
 * It also times each debounced store (the snapshot compaction).
 */
export class ArrivalStamps implements Extension {
  extensionName = 'ArrivalStamps';
  priority = 1_000;
  readonly table: StampTable = { arrived: {}, beforeStore: {}, afterStore: {}, sent: {} };
  /** Milliseconds each debounced store took, from the first store hook to the last. */
  readonly storeMs: number[] = [];
  private storeStarted = 0;

  private stamp(kind: StampKind, update: Uint8Array, at = now()): void {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) (this.table[kind][client] ??= []).push([clock, at]);
  }

  async beforeSync({ type, payload }: beforeSyncPayload): Promise<void> {
    if (type !== syncStep1) this.stamp('arrived', payload);
  }

  async onLoadDocument({ document }: onLoadDocumentPayload): Promise<void> {
    document.on('update', (update: Uint8Array) => this.stamp('beforeStore', update));
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    document.on('update', (update: Uint8Array) => {
      this.stamp('afterStore', update);
      setImmediate(() => this.stamp('sent', update));
    });
  }

  async onStoreDocument(): Promise<void> {
    this.storeStarted = performance.now();
  }

  async afterStoreDocument(): Promise<void> {
    this.storeMs.push(performance.now() - this.storeStarted);
  }
}

/** The first time at or after which `table` saw `client` reach `clock`, or null. */
export function stampOf(table: Record<number, [number, number][]>, client: number, clock: number): number | null {
  return table[client]?.find(([end]) => end >= clock)?.[1] ?? null;
}

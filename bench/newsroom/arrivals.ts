import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';

/**
 * Times edits from the moment one document makes them to the moment another receives them.
 * An edit is known by its Yjs client id and end clock; Hocuspocus may merge several edits into
 * one message, so an arriving update settles every pending edit of that client up to its clock.
 */
export class Arrivals {
  private readonly pending = new Map<number, { clock: number; at: number }[]>();
  readonly latencies: number[] = [];

  /** Call right after `doc` made an edit. */
  sent(doc: Y.Doc): void {
    const list = this.pending.get(doc.clientID) ?? [];
    list.push({ clock: Y.getState(doc.store, doc.clientID), at: performance.now() });
    this.pending.set(doc.clientID, list);
  }

  /** Starts timing the arrivals at `doc`; returns a function that stops. */
  watch(doc: Y.Doc): () => void {
    const listener = (update: Uint8Array) => {
      const now = performance.now();
      for (const [client, clock] of Y.parseUpdateMeta(update).to) {
        const list = this.pending.get(client);
        if (!list) continue;
        while (list.length > 0 && (list[0] as { clock: number }).clock <= clock) this.latencies.push(now - (list.shift() as { at: number }).at);
      }
    };
    doc.on('update', listener);
    return () => doc.off('update', listener);
  }

  /** Edits still in flight. */
  get inFlight(): number {
    let count = 0;
    for (const list of this.pending.values()) count += list.length;
    return count;
  }
}

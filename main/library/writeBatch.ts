/** How long index writes are held back so that a burst of changes costs one write. */
export const writeDelayMs = 1_000;

/**
 * Holds writes back for `delayMs` after the first change, so at most about one write a second
 * reaches the disk. `cancel` stops a pending write before the owner flushes by hand.
 */
export class WriteBatch {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly write: () => Promise<void>, private readonly delayMs = writeDelayMs) {}

  /** Arranges a write unless one is already waiting. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Forgets the waiting write (its owner is about to write now). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

import type { Workspace } from '../articles/workspace';
import type { Maintenance } from './maintenance';

/** What a warm start's check of the folder uses of its library. */
export interface WarmCheckHost {
  readonly workspace: Workspace;
  readonly maintenance: Maintenance;
  /** Makes the lists' lazily made parts (ids, headline labels) while idle, not in the first sorted search. */
  prepare(): void;
  /** True when the snapshot read was cut short or of the older format, so it must be written again. */
  needsRepair(): boolean;
  writeCacheSnapshot(): Promise<void>;
  /** The check is done: the listing stops saying the folder is being checked. */
  onChecked(): void;
}

/**
 * Checks the folder against a library listed from its index, in the background: its worker starts
 * once this turn's work (the first listing) is done. `workspace.untilChecked` resolves when the
 * check is done; a snapshot that needs repair is then written again.
 */
export function checkWarmStart(host: WarmCheckHost): void {
  const { workspace, maintenance } = host;
  const checked = maintenance.start(async (signal) => {
    await new Promise((resolve) => setImmediate(resolve));
    await maintenance.verify(signal);
    if (signal.aborted) return;
    host.prepare();
    if (host.needsRepair()) await host.writeCacheSnapshot();
  });
  workspace.untilChecked = checked.then(() => {
    workspace.untilChecked = null;
    host.onChecked();
  });
}

/**
 * The sync state of one shared story (or of the newsroom connection), as the status line shows it:
 * "Synced", "Offline, 3 changes waiting", "Not signed in: the server refused your token".
 */
export type SyncStatus =
  | { kind: 'not-configured' }
  | { kind: 'signed-out'; reason: string }
  | { kind: 'offline'; waiting: number }
  | { kind: 'syncing'; waiting: number }
  | { kind: 'synced' };

/** The words the status line shows for a status. */
export function describeSyncStatus(status: SyncStatus): string {
  const waiting = (count: number) => (count === 0 ? '' : `, ${count} ${count === 1 ? 'change' : 'changes'} waiting`);
  switch (status.kind) {
    case 'not-configured':
      return 'No newsroom server';
    case 'signed-out':
      return `Not signed in: ${status.reason}`;
    case 'offline':
      return `Offline${waiting(status.waiting)}`;
    case 'syncing':
      return `Syncing${waiting(status.waiting)}`;
    case 'synced':
      return 'Synced';
  }
}

import { describe, expect, it } from 'vitest';
import { measureNewsroom } from '../../../bench/suites/newsroom';

// A tiny run of the newsroom bench: it checks that every row is produced with its target, never a timing.
describe('the newsroom bench, tiny', () => {
  it('produces the latency, crowd, server and reconnect rows beside their baselines', async () => {
    const rows = await measureNewsroom({ pairEdits: 5, clients: 4, typingSeconds: 1, clientsPerProcess: 2, offlineEdits: 50, reconnectRuns: 1 }, () => undefined);
    const names = rows.map((row) => row.name);
    expect(names).toContain('newsroom baseline: bare ws relay, one socket to another (loopback)');
    expect(names).toContain('newsroom: edit on one client → visible on another (loopback)');
    expect(names).toContain('newsroom: 4 clients typing on one story, keystroke → visible');
    // The crowd figure is split by the server's stamps into its legs, with the SQLite append beside its own baseline.
    for (const leg of ['keystroke → server reads it', 'SQLite append in the server', 'broadcast to every connection', 'server broadcast → observer applied it']) {
      expect(names).toContain(`newsroom: 4 clients typing on one story, leg: ${leg}`);
    }
    expect(names).toContain('newsroom baseline: one SQLite append of a keystroke update (fresh database, same machine)');
    expect(names).toContain('newsroom: reconnect after 50 offline edits → merged on another client');
    expect(rows.find((row) => row.name.startsWith('newsroom: edit on one client'))?.target).toBe('p95 ≤ 50 ms');
    for (const row of rows) expect(row.runs).toBeGreaterThan(0);
  });
});

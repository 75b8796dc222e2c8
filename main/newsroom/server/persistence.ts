import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { NewsroomDatabase } from './database';
import { userOfOrigin } from './origin';

/** Fold a document's appended updates into its snapshot once there are this many. */
const compactAfter = 500;

/**
 * Persists every document in SQLite. Each update is appended synchronously the moment it is
 * applied, before Hocuspocus acknowledges it to the client, so a server killed at any instant
 * has stored everything it confirmed. The debounced store folds the appended updates into one
 * snapshot. Each server instance runs its own copy with its own database, including updates
 * that reach it through Redis, so every instance can restart alone.
 */
export class SqlitePersistence implements Extension {
  extensionName = 'SqlitePersistence';

  constructor(private readonly db: NewsroomDatabase) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const snapshot = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(documentName) as { state: Buffer } | undefined;
    const updates = this.db.prepare('SELECT data FROM updates WHERE name = ? ORDER BY id').all(documentName) as { data: Buffer }[];
    Y.transact(document, () => {
      if (snapshot) Y.applyUpdate(document, snapshot.state);
      for (const row of updates) Y.applyUpdate(document, row.data);
    });
    const append = this.db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
    const recordActivity = this.db.prepare(
      `INSERT INTO activity (name, user, updates, bytes, first_at, last_at) VALUES (?, ?, 1, ?, ?, ?)
       ON CONFLICT (name, user) DO UPDATE SET updates = updates + 1, bytes = bytes + excluded.bytes, last_at = excluded.last_at`,
    );
    document.on('update', (update: Uint8Array, origin: unknown) => {
      append.run(documentName, update);
      const user = userOfOrigin(origin);
      if (user !== null) {
        const now = new Date().toISOString();
        recordActivity.run(documentName, user, update.byteLength, now, now);
      }
    });
    if (updates.length >= compactAfter) this.compact(documentName, document);
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    this.compact(documentName, document);
  }

  /** Replaces the snapshot and the appended updates with the document's current state, atomically. */
  private compact(name: string, document: Y.Doc): void {
    const state = Y.encodeStateAsUpdate(document);
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at').run(name, state, new Date().toISOString());
      this.db.prepare('DELETE FROM updates WHERE name = ?').run(name);
    })();
  }
}

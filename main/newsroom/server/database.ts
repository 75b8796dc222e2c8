import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/** The server's SQLite database: people and token hashes, stories and grants, documents and their updates. */
export type NewsroomDatabase = Database.Database;

const directorySchema = `
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (story_id TEXT PRIMARY KEY, owner TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS grants (story_id TEXT NOT NULL, grantee TEXT NOT NULL, PRIMARY KEY (story_id, grantee));
`;

const documentSchema = `
CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);
CREATE TABLE IF NOT EXISTS activity (name TEXT NOT NULL, user TEXT NOT NULL, updates INTEGER NOT NULL, bytes INTEGER NOT NULL,
  first_at TEXT NOT NULL, last_at TEXT NOT NULL, PRIMARY KEY (name, user));
`;

/** The file name of the database inside the data folder. */
export const databaseFileName = 'newsroom.sqlite';

/**
 * Opens (creating when missing) the database in `dataDir`. WAL with `synchronous = NORMAL`: a
 * committed update survives the server process being killed; after a power cut the last
 * moments may be lost, and the clients, which keep every change until the server acknowledges
 * it, send them again.
 */
export function openNewsroomDatabase(dataDir: string): NewsroomDatabase {
  mkdirSync(dataDir, { recursive: true });
  return openFile(join(dataDir, databaseFileName), directorySchema + documentSchema);
}

/**
 * Opens a directory file (people, stories, grants) that several server instances on one host
 * share, each keeping its documents in its own data folder. SQLite's locking makes concurrent
 * writers safe on a local disk (not on a network file system).
 */
export function openDirectoryDatabase(file: string): NewsroomDatabase {
  mkdirSync(dirname(file), { recursive: true });
  return openFile(file, directorySchema);
}

function openFile(file: string, schema: string): NewsroomDatabase {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  return db;
}

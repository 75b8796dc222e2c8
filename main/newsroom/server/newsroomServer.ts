import { Redis } from '@hocuspocus/extension-redis';
import type { Duplex } from 'node:stream';
import { Server, type Extension } from '@hocuspocus/server';
import { Access } from './access';
import { Authorship } from './authorship';
import { openDirectoryDatabase, openNewsroomDatabase, type NewsroomDatabase } from './database';
import { SqlitePersistence } from './persistence';
import { LocalPresence, RedisPresence } from './presence';
import { Sharing } from './sharing';
import { Users } from './users';

/** Where and how a newsroom server runs. */
export interface NewsroomServerOptions {
  /** Folder of the SQLite database; created when missing. */
  dataDir: string;
  /** Interface to listen on; loopback unless told otherwise. */
  host?: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /**
   * The people/stories/grants file, when several instances share one (scale-out on one host);
   * by default they live in the data folder's database.
   */
  directoryFile?: string;
  /** Share documents with other instances through this Redis (scale-out); each instance still persists. */
  redis?: { host: string; port: number } | null;
  /** A name for this instance in logs and in Redis. */
  name?: string;
  /** Further Hocuspocus extensions, run after the newsroom's own (the benchmark's arrival stamps). */
  extensions?: Extension[];
}

/** A running server. */
export interface RunningNewsroomServer {
  url: string;
  port: number;
  users: Users;
  sharing: Sharing;
  /** The documents database (and, unless `directoryFile` was given, the directory too). */
  db: NewsroomDatabase;
  /** Stores every open document, closes every connection and the database. */
  close(): Promise<void>;
}

/** The default port of `npm run server`. */
export const defaultPort = 4455;

/**
 * Starts a Hocuspocus server for one newsroom: token sign-in, sharing, authorship ledgers and
 * SQLite persistence in `dataDir`, optionally joined to other instances through Redis.
 */
export async function startNewsroomServer(options: NewsroomServerOptions): Promise<RunningNewsroomServer> {
  const db = openNewsroomDatabase(options.dataDir);
  const directory = options.directoryFile ? openDirectoryDatabase(options.directoryFile) : db;
  const users = new Users(directory);
  const sharing = new Sharing(directory, users);
  const identifier = options.name ?? `copydesk-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const presence = options.redis ? new RedisPresence(options.redis, identifier) : new LocalPresence();
  const extensions: Extension[] = [new SqlitePersistence(db), new Authorship(sharing), new Access(users, sharing, presence), presence];
  extensions.push(...(options.extensions ?? []));
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port, identifier, prefix: 'copydesk' }));
  const host = options.host ?? '127.0.0.1';
  const server = new Server({
    name: options.name ?? 'copydesk-newsroom',
    address: host,
    port: options.port ?? defaultPort,
    quiet: true,
    stopOnSignals: false,
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions,
    websocketOptions: { maxPayload: 32 * 1024 * 1024 },
  });
  // Hocuspocus's destroy() closes each document but leaves the sockets open; a client would then wait
  // for its 30 s silence timeout before reconnecting. Closing the sockets too lets clients notice at once.
  const sockets = new Set<Duplex>();
  server.httpServer.on('upgrade', (_request: unknown, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  try {
    await server.listen();
  } catch (error) {
    db.close();
    if (directory !== db) directory.close();
    throw error;
  }
  const port = server.address.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `ws://${urlHost}:${port}`,
    port,
    users,
    sharing,
    db,
    close: async () => {
      await server.destroy();
      for (const socket of sockets) socket.destroy();
      db.close();
      if (directory !== db) directory.close();
    },
  };
}

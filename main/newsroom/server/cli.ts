/**
 * `npm run server`: runs a newsroom server, or manages its people.
 *
 *   npm run server -- [--host 127.0.0.1] [--port 4455] [--data <folder>] [--redis host:port] [--name <instance>]
 *   npm run server -- add-user <name> [--data <folder>]
 *   npm run server -- users [--data <folder>]
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { openDirectoryDatabase, openNewsroomDatabase } from './database';
import { defaultPort, startNewsroomServer } from './newsroomServer';
import { Users } from './users';

const usage = `usage: npm run server -- [--host 127.0.0.1] [--port ${defaultPort}] [--data <folder>] [--redis host:port] [--directory <file>] [--name <instance>]
       npm run server -- add-user <name> [--data <folder> | --directory <file>]   issue (or replace) a person's token
       npm run server -- users [--data <folder> | --directory <file>]             list the people with a token
The data folder defaults to ~/CopydeskNewsroom. Instances that share a Redis (--redis) share one
--directory file (people, stories, grants) and keep their documents each in its own --data folder.`;

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

function port(value: string | undefined): number {
  if (value === undefined) return defaultPort;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) throw new RangeError(`--port must be a whole number from 0 to 65535, not "${value}"\n${usage}`);
  return number;
}

function redis(value: string | undefined): { host: string; port: number } | null {
  if (value === undefined) return null;
  const match = /^([^:\s]+):(\d{1,5})$/.exec(value);
  if (!match) throw new RangeError(`--redis must be host:port, not "${value}"\n${usage}`);
  return { host: match[1] as string, port: Number(match[2]) };
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, redis: { type: 'string' }, directory: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const dataDir = resolve(values.data ?? join(homedir(), 'CopydeskNewsroom'));
  const [command, ...rest] = positionals;
  if (command === 'add-user' || command === 'users') {
    const db = values.directory ? openDirectoryDatabase(resolve(values.directory)) : openNewsroomDatabase(dataDir);
    try {
      const users = new Users(db);
      if (command === 'users') {
        process.stdout.write(`${users.names().join('\n')}\n`);
        return;
      }
      if (rest.length !== 1) throw new RangeError(`add-user takes one name (quote a name with spaces)\n${usage}`);
      const name = rest[0] as string;
      const isReplacing = users.exists(name);
      const token = users.issueToken(name);
      process.stdout.write(`${isReplacing ? 'Replaced the token of' : 'Added'} ${name}. Their token (shown once; only its hash is kept):\n${token}\n`);
    } finally {
      db.close();
    }
    return;
  }
  if (command !== undefined) throw new RangeError(`unknown command "${command}"\n${usage}`);
  const host = values.host ?? '127.0.0.1';
  const server = await startNewsroomServer({ dataDir, host, port: port(values.port), redis: redis(values.redis), ...(values.directory ? { directoryFile: resolve(values.directory) } : {}), ...(values.name ? { name: values.name } : {}) });
  process.stdout.write(`Copydesk newsroom server listening on ${server.url} (data: ${dataDir})\n`);
  if (!isLoopback(host)) process.stdout.write('Not on loopback: put a TLS proxy in front (see README), or tokens and stories cross the network in clear.\n');
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof AppError || error instanceof RangeError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`server: ${message}\n`);
  process.exitCode = 1;
});

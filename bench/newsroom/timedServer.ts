/**
 * The newsroom server as `npm run server` runs it, plus the benchmark's `ArrivalStamps`: started
 * by `startBenchServer` with `--port` and `--data`, it prints the same "listening on" line and
 * answers `{ type: 'stamps' }` on its IPC channel with every stamp taken so far.
 */
import { parseArgs } from 'node:util';
import { startNewsroomServer } from '../../main/newsroom/server/newsroomServer';
import { ArrivalStamps } from './stamps';

const { values } = parseArgs({ args: process.argv.slice(2), options: { port: { type: 'string' }, data: { type: 'string' } } });
if (!values.data || values.port === undefined) throw new RangeError('timedServer.ts needs --port and --data');
const stamps = new ArrivalStamps();
const server = await startNewsroomServer({ dataDir: values.data, port: Number(values.port), extensions: [stamps] });
process.stdout.write(`Copydesk newsroom server (timed) listening on ${server.url}\n`);
process.on('message', (message: { type: string }) => {
  if (message.type === 'stamps') process.send?.({ type: 'stamps', table: stamps.table, storeMs: stamps.storeMs });
});
process.once('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

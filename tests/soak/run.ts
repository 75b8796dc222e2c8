import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashRounds } from '../support/crashRounds';
import { runTwoWriters } from '../support/twoWriters';
import { runFullDiskCases } from './fullDiskCases';

/**
 * `npm run soak`: the long durability runs that do not fit in `npm test`. 1,000 SIGKILLs through
 * the whole API save path, two processes × 500 saves of one article, and every kind of durable
 * write on a nearly full disk (RLIMIT_FSIZE) and a real full tmpfs. Prints the counts; exits 1
 * when anything was lost, damaged or misreported.
 */
const kills = Number(process.env.SOAK_KILLS ?? 1_000);
const saves = Number(process.env.SOAK_SAVES ?? 500);
/** Which runs to make (`SOAK_PARTS=kills` for the kills alone); all three by default. */
const parts = new Set((process.env.SOAK_PARTS ?? 'writers,disk,kills').split(',').map((part) => part.trim()));
for (const part of parts) if (!['writers', 'disk', 'kills'].includes(part)) throw new RangeError(`SOAK_PARTS: unknown part "${part}" (writers, disk, kills)`);

async function inTemp<T>(run: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-soak-'));
  try {
    return await run(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
process.stdout.write(`soak: ${[parts.has('kills') ? `${kills} kills` : '', parts.has('writers') ? `2 × ${saves} saves` : '', parts.has('disk') ? 'full-disk cases' : ''].filter(Boolean).join(', ')}\n`);

const none = { problems: [] as string[] };
const writers = parts.has('writers') ? await inTemp((root) => runTwoWriters(root, saves)) : null;
if (writers) process.stdout.write(`two writers: ${writers.saves} saves, ${writers.ok} ok, ${writers.conflicts} conflicts, ${writers.otherFailures} other failures, ${writers.lostUpdates} lost updates, ${writers.missing} ok saves missing from disk and history (${seconds()})\n`);

const disk = parts.has('disk') ? await runFullDiskCases([8, 32, 64, 128, 200, 256, 320, 1024]) : null;
if (disk) process.stdout.write(`full disk: ${disk.attempts} writes, ${disk.ok} ok, ${disk.failedCleanly} failed cleanly, ${disk.damaged} damaged, ${disk.misreported} misreported, ${disk.strayTemps} stray temp files; tmpfs: ${disk.tmpfs} (${seconds()})\n`);

// The kills come last and print running counts, so a run cut short still says what it proved.
const crash = parts.has('kills') ? await inTemp((root) => runCrashRounds(root, kills, (round, counts) => {
  if ((round + 1) % 50 === 0) process.stdout.write(`  ${round + 1} kills: ${counts.saves} saves returned ok, ${counts.damaged} damaged files, ${counts.lost} lost saves (${seconds()})\n`);
})) : null;
if (crash) process.stdout.write(`crash: ${crash.kills} kills, ${crash.saves} saves returned ok, ${crash.revisions} revisions, ${crash.damaged} damaged files, ${crash.lost} lost saves, ${crash.strayTemps} stray temp files (${seconds()})\n`);

const problems = [...(crash ?? none).problems, ...(writers ?? none).problems, ...(disk ?? none).problems];
for (const problem of problems.slice(0, 50)) process.stdout.write(`  problem: ${problem}\n`);
const losses = (crash ? crash.damaged + crash.lost : 0) + (writers ? writers.lostUpdates + writers.missing : 0) + (disk ? disk.damaged + disk.misreported : 0);
const isClean = problems.length === 0 && losses === 0;
process.stdout.write(`${isClean ? 'soak passed' : 'soak FAILED'}: ${problems.length} problems\n`);
process.exitCode = isClean ? 0 : 1;

import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** Temp files are named `<file>.<host>-<pid>-<random>.tmp`, so a clean-up can tell a live writer's from a dead one's. */
const tempNamePattern = /^(.+)\.([0-9a-f]{6})-(\d+)-[0-9a-f]{8}\.tmp$/;
/** write-file-atomic, used before this module, named its temp files `<file>.<decimal hash>`. */
const legacyTempNamePattern = /^(.+\.(?:json|html))\.\d{1,10}$/;
const hostTag = createHash('sha1').update(hostname()).digest('hex').slice(0, 6);

/** A temp file's target, and the process that wrote it when the name says (null: unknown, e.g. an older Copydesk's). */
export interface TempFileName {
  target: string;
  writer: { isThisComputer: boolean; pid: number } | null;
}

/** Reads a temp file's name; null when it is not a Copydesk temp file. */
export function parseTempFileName(name: string): TempFileName | null {
  const ours = tempNamePattern.exec(name);
  if (ours) return { target: ours[1] ?? '', writer: { isThisComputer: ours[2] === hostTag, pid: Number(ours[3]) } };
  const legacy = legacyTempNamePattern.exec(name);
  return legacy ? { target: legacy[1] ?? '', writer: null } : null;
}

/** A fresh temp file name next to `path`, marked with this computer and the writing process. */
export function tempPathFor(path: string, pid = process.pid): string {
  return `${path}.${hostTag}-${pid}-${randomBytes(4).toString('hex')}.tmp`;
}

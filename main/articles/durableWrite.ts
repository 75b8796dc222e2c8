import { link, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import { asWriteError, bytesOf, writeAll } from './fullWrite';
import { tempPathFor } from './tempNames';

export { appendDurably, appendShared } from './durableAppend';
export { parseTempFileName, tempPathFor, type TempFileName } from './tempNames';

/** How a durable write checks and places its file. */
export interface DurableWriteOptions {
  /**
   * Checks the bytes before anything is replaced; throw to refuse the write (articles: they must
   * parse as an article). It runs once, on the bytes in memory while the temp file is being
   * synced, and the temp file is then read back and compared byte for byte with them, so what it
   * accepted is exactly what lands on disk.
   */
  verify?: (bytes: Buffer) => void;
  /** Never replace an existing file: the commit rejects with Node's `EEXIST` error instead. */
  isExclusive?: boolean;
}

/** A fully written, synced and checked temp file, waiting to replace its target. */
export interface StagedFile {
  readonly path: string;
  /** Moves the temp file into place, then syncs the folder so the rename survives a power cut. */
  commit(): Promise<void>;
  /**
   * Moves the temp file into place without syncing the folder, for callers that hold a lock
   * around the rename and sync afterwards with `syncFolder`.
   */
  place(): Promise<void>;
  /** Removes the temp file and leaves the target as it was. */
  discard(): Promise<void>;
}

/** Proves the temp file holds exactly `bytes`: its size always; with `isReadBack`, every byte. */
async function checkTemp(tempPath: string, bytes: Buffer, isReadBack: boolean): Promise<void> {
  const back = isReadBack ? await readFile(tempPath) : null;
  const size = back ? back.length : (await stat(tempPath)).size;
  if (size !== bytes.length) throw new AppError('write-failed', `the disk is full: only ${size} of ${bytes.length} bytes reached it`);
  if (back && !back.equals(bytes)) throw new AppError('write-failed', 'the file read back from the disk differs from what was written');
}

/** Runs a caller's check of the bytes; a refusal becomes `AppError('write-failed')`. */
function runVerify(verify: NonNullable<DurableWriteOptions['verify']>, bytes: Buffer): void {
  try {
    verify(bytes);
  } catch (error) {
    throw new AppError('write-failed', `the file would not read back (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Writes every byte to a new file and syncs it. `verify` runs on the bytes in memory while the
 * sync is on its way to the disk (its work then costs no extra wait); the file is closed either way.
 */
async function writeAndSync(tempPath: string, mode: number, bytes: Buffer, verify: DurableWriteOptions['verify']): Promise<void> {
  const handle = await open(tempPath, 'wx', mode);
  try {
    await writeAll(handle, bytes);
    const syncing = handle.sync();
    try {
      if (verify) runVerify(verify, bytes);
    } catch (error) {
      await syncing.catch(() => undefined);
      throw error;
    }
    await syncing;
  } finally {
    await handle.close();
  }
}

/**
 * Makes renames in a folder durable (fsync of the folder). File systems that cannot sync a folder
 * (or Windows) are left as they are; other failures become `AppError('write-failed')`.
 */
export async function syncFolder(dir: string): Promise<void> {
  try {
    await syncFolderOnce(dir);
  } catch (error) {
    throw asWriteError(error);
  }
}

async function syncFolderOnce(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | null = null;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EBADF' && code !== 'EPERM') throw error;
  } finally {
    await handle?.close();
  }
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

function isFileExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EEXIST';
}

/** Puts a temp file in place without replacing anything; file systems without hard links reserve the name first. */
async function placeExclusively(tempPath: string, path: string): Promise<void> {
  try {
    await link(tempPath, path);
    await unlink(tempPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    const reserved = await open(path, 'wx');
    await reserved.close();
    await rename(tempPath, path);
  }
}

/**
 * Writes a temp file next to `path` with every byte (looping on short writes), syncs it and checks
 * its size (and, with `verify`, every byte read back, after `verify` accepted them) without
 * touching `path`. Any failure removes the temp file and throws `AppError('write-failed')`; the
 * target is left exactly as it was.
 */
export async function stageFile(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<StagedFile> {
  const bytes = bytesOf(data);
  const tempPath = tempPathFor(path);
  try {
    const mode = await stat(path).then((info) => info.mode & 0o777, () => 0o666);
    await writeAndSync(tempPath, mode, bytes, options.verify);
    await checkTemp(tempPath, bytes, options.verify !== undefined);
  } catch (error) {
    await removeQuietly(tempPath);
    throw asWriteError(error);
  }
  let isSettled = false;
  const place = async () => {
    if (isSettled) throw new RangeError(`the staged write of ${path} was already placed or discarded`);
    isSettled = true;
    try {
      if (options.isExclusive) await placeExclusively(tempPath, path);
      else await rename(tempPath, path);
    } catch (error) {
      await removeQuietly(tempPath);
      throw isFileExists(error) ? error : asWriteError(error);
    }
  };
  return {
    path,
    place,
    commit: async () => {
      await place();
      await syncFolder(dirname(path));
    },
    discard: async () => {
      if (isSettled) return;
      isSettled = true;
      await removeQuietly(tempPath);
    },
  };
}

/**
 * The one durable write every file Copydesk keeps goes through (articles, revisions, recovery
 * files, exports, imports, the library index): stage the whole file, then rename it into place
 * and sync the folder. Throws `AppError('write-failed')` and leaves the old file untouched on any failure.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const staged = await stageFile(path, data, options);
  await staged.commit();
}

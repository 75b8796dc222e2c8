import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { asWriteError, bytesOf, writeAll } from './fullWrite';

/**
 * The durable append, for append-only journals: cuts the file back to `at` (the end of what is
 * known to be whole, so a torn tail from a killed write is never followed), writes every byte
 * there, and syncs. Resolves only once the bytes are on disk; on any failure the file is cut back
 * to `at` where possible and `AppError('write-failed')` is thrown, so nothing counts as written
 * that is not.
 */
export async function appendDurably(path: string, data: string | Uint8Array, at: number): Promise<void> {
  const bytes = bytesOf(data);
  let handle: FileHandle | null = null;
  try {
    // Neither O_APPEND (it would ignore `at`) nor truncating on open (it would lose what is whole).
    handle = await open(path, constants.O_RDWR | constants.O_CREAT, 0o666);
    await handle.truncate(at);
    await writeAll(handle, bytes, at);
    await handle.datasync();
  } catch (error) {
    await handle?.truncate(at).catch(() => undefined);
    throw asWriteError(error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The durable append for logs that several processes add to at once (O_APPEND, so no writer
 * overwrites another's line): writes every byte, looping on short writes, and syncs. Resolves only
 * once the bytes are on disk; otherwise throws `AppError('write-failed')`. A failed append may
 * leave a partial line, so readers of such logs must skip lines that do not parse.
 */
export async function appendShared(path: string, data: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, 'a');
    await writeAll(handle, Buffer.from(data, 'utf8'), null);
    await handle.datasync();
  } catch (error) {
    throw asWriteError(error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

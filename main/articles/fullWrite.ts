import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { describeFsError } from './fsErrors';

/** The bytes to write: a string as UTF-8, or a view over the caller's bytes (not a copy). */
export function bytesOf(data: string | Uint8Array): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Writes every byte at `start` (null: at the end of a file opened for appending), looping on short
 * writes; a write that makes no progress is a full disk.
 */
export async function writeAll(handle: FileHandle, bytes: Buffer, start: number | null = 0): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, start === null ? null : start + offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('the write made no progress'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** Expected failures become `AppError('write-failed')` with a reason a reporter can act on. */
export function asWriteError(error: unknown): AppError {
  if (error instanceof AppError) return error.code === 'write-failed' ? error : new AppError('write-failed', error.message);
  return new AppError('write-failed', describeFsError(error, 'write'));
}

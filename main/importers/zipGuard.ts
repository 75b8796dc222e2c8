import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/errors';

/** One file inside a ZIP package, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const megabyte = 1024 * 1024;
/** Most a .docx may unpack to, all entries together. */
export const maxUnpackedBytes = 50 * megabyte;
/** Highest compression ratio accepted for an entry that unpacks to more than `ratioFloor`. */
export const maxCompressionRatio = 100;
const ratioFloor = megabyte;
const maxEntries = 5_000;

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Checks a .docx package before anything inflates it: refuses encrypted (OLE) files, files that
 * are not ZIP packages, truncated packages, and zip bombs (by the central directory's declared
 * sizes and ratios, then by inflating each entry with an output cap of its declared size).
 * Returns the entries, with a reader for the ones the importer needs itself.
 */
export function inspectZip(fileName: string, bytes: Uint8Array): { entries: ZipEntry[]; read: (name: string) => Buffer | null } {
  const fail = (reason: string): never => {
    throw new AppError('import-failed', `${fileName}: ${reason}`);
  };
  if (oleSignature.every((byte, index) => bytes[index] === byte)) {
    fail('the document is password-protected or in the old Word format (.doc); save it as an unprotected .docx and import that');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) fail('not a Word .docx document (it is not a ZIP package)');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buffer, fail);
  checkDeclaredSizes(entries, fail);
  const inflated = new Map<string, Buffer>();
  for (const entry of entries) inflated.set(entry.name, inflateEntry(buffer, entry, fail));
  if (!inflated.has('word/document.xml')) fail('not a Word document (the package has no word/document.xml)');
  return { entries, read: (name) => inflated.get(name) ?? null };
}

function readCentralDirectory(buffer: Buffer, fail: (reason: string) => never): ZipEntry[] {
  const end = findEndOfCentralDirectory(buffer);
  if (end < 0) fail('the file is truncated or damaged (no ZIP directory at its end)');
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) fail('the package uses ZIP64, which a .docx of importable size never needs');
  if (count > maxEntries) fail(`the package holds ${count} files; a Word document holds far fewer`);
  if (offset + size > end) fail('the file is truncated or damaged (its ZIP directory points past the data)');
  const entries: ZipEntry[] = [];
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > end || buffer.readUInt32LE(position) !== 0x02014b50) fail('the file is damaged (bad ZIP directory entry)');
    const nameLength = buffer.readUInt16LE(position + 28);
    entries.push({
      name: buffer.toString('utf8', position + 46, position + 46 + nameLength),
      method: buffer.readUInt16LE(position + 10),
      isEncrypted: (buffer.readUInt16LE(position + 8) & 1) === 1,
      compressedSize: buffer.readUInt32LE(position + 20),
      size: buffer.readUInt32LE(position + 24),
      localHeaderOffset: buffer.readUInt32LE(position + 42),
    });
    position += 46 + nameLength + buffer.readUInt16LE(position + 30) + buffer.readUInt16LE(position + 32);
  }
  return entries;
}

/** Offset of the end-of-central-directory record, searching back over a possible comment; -1 if absent. */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let position = buffer.length - 22; position >= lowest; position -= 1) {
    if (buffer.readUInt32LE(position) === 0x06054b50) return position;
  }
  return -1;
}

function checkDeclaredSizes(entries: ZipEntry[], fail: (reason: string) => never): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.isEncrypted) fail('the document is password-protected; remove the password in Word and import again');
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff) fail('the package uses ZIP64, which a .docx of importable size never needs');
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > ratioFloor && ratio > maxCompressionRatio) {
      fail(`refused as a possible zip bomb: "${entry.name}" would unpack ${Math.round(ratio)} times its packed size`);
    }
  }
  if (total > maxUnpackedBytes) {
    fail(`refused as a possible zip bomb: it would unpack to ${(total / megabyte).toFixed(0)} MB (limit ${maxUnpackedBytes / megabyte} MB)`);
  }
}

/** Inflates one entry, never producing more than its declared size. */
function inflateEntry(buffer: Buffer, entry: ZipEntry, fail: (reason: string) => never): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== 0x04034b50) fail(`the file is damaged ("${entry.name}" is missing)`);
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > buffer.length) fail(`the file is truncated ("${entry.name}" is cut off)`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) fail(`"${entry.name}" uses a compression method Word does not write (${entry.method})`);
  let output: Buffer | null = null;
  try {
    output = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    const isTooLarge = error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');
    fail(isTooLarge ? `refused as a possible zip bomb: "${entry.name}" unpacks to more than it declares` : `the file is damaged ("${entry.name}" does not unpack)`);
  }
  if (!output || output.length !== entry.size) fail(`the file is damaged ("${entry.name}" unpacks to the wrong size)`);
  return output ?? Buffer.alloc(0);
}

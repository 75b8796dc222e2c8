import { AppError } from '../../shared/errors';

/** Text decoded from a file's bytes, with the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Share of control characters above which a "text" file is treated as binary data. */
const maxControlShare = 0.01;

/**
 * Decodes a text file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the NUL
 * pattern of ASCII text), else Windows-1252 when the bytes are not valid UTF-8. Line endings
 * become `\n`. Binary data is refused with an `AppError` naming the file.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(fileName, bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (looksBinary(text)) {
    throw new AppError('import-failed', `${fileName}: the file holds binary data, not text`);
  }
  return { text, encoding: decoded.encoding };
}

function decodeBytes(fileName: string, bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8(fileName, bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16(fileName, bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16 LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16(fileName, bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16 BE' };
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return { text: utf16(fileName, bytes, unmarked), encoding: unmarked === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' };
  if (bytes.includes(0)) {
    throw new AppError('import-failed', `${fileName}: the file holds binary data (NUL bytes), not text`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (undefined bytes stay C1 controls). */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252. Some Node releases decode the `windows-1252` label as Latin-1, turning
 * curly quotes into C1 controls, so the 0x80–0x9F range is mapped here by table.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => cp1252High[char.charCodeAt(0) - 0x80] ?? char);
}

function utf8(fileName: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('import-failed', `${fileName}: the file starts with a UTF-8 mark but is not valid UTF-8`);
  }
}

function utf16(fileName: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) {
    throw new AppError('import-failed', `${fileName}: the UTF-16 text is cut off (odd number of bytes)`);
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('import-failed', `${fileName}: the file is marked as UTF-16 but is not valid UTF-16`);
  }
}

/** Detects BOM-less UTF-16 holding mostly ASCII: every second byte is NUL, the others are not. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs * 0.9 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.9 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u0080-\u009f\ufffd]/g)?.length ?? 0;
  return text.includes('\u0000') || controls / text.length > maxControlShare;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

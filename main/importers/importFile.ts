import { AppError } from '../../shared/errors';
import { decodeText } from './decodeText';
import { parseDocx } from './docx';
import { finishImport } from './finish';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plainText';
import type { ImportDraft, ImportInput, ImportOptions, ImportResult } from './types';

/** Kinds of file the importer reads, by extension. */
type FileKind = 'text' | 'markdown' | 'docx';

const kindByExtension: Record<string, FileKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
};

const megabyte = 1024 * 1024;

/** Largest file of each kind the importer will parse; bigger files are refused before parsing. */
export const importSizeLimits: Record<FileKind, number> = {
  text: 20 * megabyte,
  markdown: 20 * megabyte,
  docx: 50 * megabyte,
};

/** The lower-case extension of a file name (`.md`), or '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * The kind of file a name denotes, or an `AppError` for extensions Copydesk does not import.
 * Exposed so a caller can check size limits before reading a file.
 */
export function fileKindOf(name: string): FileKind {
  const extension = extensionOf(name);
  const kind = kindByExtension[extension];
  if (!kind) {
    const shown = extension || '(none)';
    throw new AppError('import-failed', `${name}: unsupported file type "${shown}" (Copydesk imports .txt, .md and .docx)`);
  }
  return kind;
}

/** Refuses a file larger than its kind's limit, with a message giving both sizes. */
export function checkImportSize(name: string, size: number): void {
  const limit = importSizeLimits[fileKindOf(name)];
  if (size > limit) {
    const shown = (size / megabyte).toFixed(1);
    throw new AppError('import-failed', `${name}: the file is ${shown} MB; Copydesk imports files of this type up to ${limit / megabyte} MB`);
  }
}

/**
 * Imports one file from its name and bytes into an article and a report of what became which
 * field, what was dropped and why, and what needs an editor's look. Pure: nothing is read or
 * written. Every refusal is an `AppError('import-failed', '<name>: <reason>')`.
 */
export async function importFile(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const kind = fileKindOf(input.name);
  checkImportSize(input.name, input.bytes.length);
  if (input.bytes.length === 0) throw new AppError('import-failed', `${input.name}: the file is empty`);
  const draft = await parse(kind, input);
  return finishImport(input.name, draft, options);
}

async function parse(kind: FileKind, input: ImportInput): Promise<ImportDraft> {
  if (kind === 'docx') return parseDocx(input.name, input.bytes);
  const { text, encoding } = decodeText(input.name, input.bytes);
  if (text.trim() === '') throw new AppError('import-failed', `${input.name}: the file has no text`);
  const draft = kind === 'markdown' ? parseMarkdown(input.name, text, encoding) : parsePlainText(input.name, text, encoding);
  if (encoding === 'Windows-1252') {
    draft.warnings.push('the file is not UTF-8; it was read as Windows-1252: check accented letters and quotation marks');
  }
  return draft;
}

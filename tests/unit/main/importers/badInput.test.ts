import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { AppError } from '../../../../shared/errors';
import { buildNewsroomDocx } from './docxBuilder';
import { fixedOptions, utf8 } from './helpers';
import { buildZip } from './zipBuilder';

const megabyte = 1024 * 1024;

async function refusal(name: string, bytes: Uint8Array): Promise<AppError> {
  const error: unknown = await importFile({ name, bytes }, fixedOptions()).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError for ${name}, got ${String(error)}`);
  expect(error.code).toBe('import-failed');
  expect(error.message.startsWith(`${name}: `)).toBe(true);
  return error;
}

describe('files the importer refuses', () => {
  it.each(['notes.pdf', 'story.doc', 'README'])('refuses the unsupported file type of %s', async (name) => {
    const error = await refusal(name, utf8('Some text'));
    expect(error.message).toMatch(/unsupported file type ".*" \(Copydesk imports \.txt, \.md and \.docx\)$/);
  });

  it.each(['empty.txt', 'empty.md', 'empty.docx'])('refuses the empty file %s', async (name) => {
    expect((await refusal(name, new Uint8Array())).message).toBe(`${name}: the file is empty`);
  });

  it('refuses a text file of only blank lines', async () => {
    expect((await refusal('blank.txt', utf8('\n \r\n\t\n'))).message).toBe('blank.txt: the file has no text');
  });

  it('refuses a text file that holds nothing but page boilerplate', async () => {
    expect((await refusal('page.txt', utf8('Contact Us\n\nShare this\n'))).message).toBe('page.txt: the file holds only page boilerplate (Contact Us, Share this)');
  });

  it('refuses binary junk renamed to .txt', async () => {
    const junk = new Uint8Array(Array.from({ length: 2048 }, (_, index) => (index * 7919) % 256));
    expect((await refusal('photo.txt', junk)).message).toMatch(/binary data/);
  });

  it('refuses text and Markdown over 20 MB and .docx over 50 MB before parsing', async () => {
    expect((await refusal('huge.txt', new Uint8Array(20 * megabyte + 1))).message).toMatch(/is 20\.0 MB; .* up to 20 MB$/);
    expect((await refusal('huge.md', new Uint8Array(20 * megabyte + 1))).message).toMatch(/up to 20 MB$/);
    expect((await refusal('huge.docx', new Uint8Array(50 * megabyte + 1))).message).toMatch(/up to 50 MB$/);
  });

  it('refuses a password-protected .docx (an OLE compound file)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal('secret.docx', ole)).message).toMatch(/password-protected or in the old Word format/);
  });

  it('refuses a text file renamed to .docx', async () => {
    expect((await refusal('story.docx', utf8('Just text'))).message).toMatch(/not a Word \.docx document/);
  });

  it('refuses a truncated .docx', async () => {
    const whole = await buildNewsroomDocx();
    expect((await refusal('cut.docx', whole.subarray(0, Math.floor(whole.length / 2)))).message).toMatch(/truncated or damaged/);
  });

  it('refuses a ZIP with no word/document.xml', async () => {
    const zip = buildZip([{ name: 'hello.txt', data: utf8('hello') }]);
    expect((await refusal('other.docx', zip)).message).toMatch(/no word\/document\.xml/);
  });

  it('refuses a zip bomb by its declared total size before inflating', async () => {
    const parts = Array.from({ length: 60 }, (_, index) => ({ name: `word/media/${index}.bin`, data: new Uint8Array(1), declaredSize: 1_000_000 }));
    const zip = buildZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }, ...parts]);
    expect((await refusal('bomb.docx', zip)).message).toBe('bomb.docx: refused as a possible zip bomb: it would unpack to 57 MB (limit 50 MB)');
  });

  it('refuses an entry packed more than a hundred times smaller than it unpacks', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: new Uint8Array(4 * megabyte) }]);
    expect((await refusal('dense.docx', zip)).message).toMatch(/possible zip bomb: "word\/document\.xml" would unpack \d+ times/);
  });

  it('refuses an entry that unpacks to more than its declared size', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: new Uint8Array(512 * 1024).fill(32), declaredSize: 1000 }]);
    expect((await refusal('liar.docx', zip)).message).toMatch(/unpacks to more than it declares/);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../main/importers/decodeText';
import { importFile } from '../../../../main/importers/importFile';
import { AppError } from '../../../../shared/errors';
import { fixedOptions, paragraphsOf } from './helpers';

const article = 'Harbour Ferries\n\nFerry Crews Walk Out\n\nCommuters face a week of disruption\n\n“We are out,” said Zoë Okafor. "Café staff too."\n\nTalks resume on Friday.\n';

function utf16(text: string, endian: 'le' | 'be', withBom: boolean): Uint8Array {
  const units = [...(withBom ? '\ufeff' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index += 1) {
    const code = units.charCodeAt(index);
    bytes[index * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

async function importBytes(bytes: Uint8Array) {
  return importFile({ name: 'story.txt', bytes }, fixedOptions());
}

describe('text decoding', () => {
  it('reads CRLF and CR-only line endings like LF', async () => {
    for (const ending of ['\r\n', '\r']) {
      const { article: imported } = await importBytes(new TextEncoder().encode(article.replace(/\n/g, ending)));
      expect(imported.headline).toBe('Ferry Crews Walk Out');
      expect(paragraphsOf(imported.body)).toEqual(['“We are out,” said Zoë Okafor. "Café staff too."', 'Talks resume on Friday.']);
    }
  });

  it('strips a UTF-8 byte-order mark so the kicker does not start with it', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(article)]);
    const { article: imported, report } = await importBytes(bytes);
    expect(imported.kicker).toBe('Harbour Ferries');
    expect(report.encoding).toBe('UTF-8 with BOM');
  });

  it.each([
    ['le', true, 'UTF-16 LE'],
    ['be', true, 'UTF-16 BE'],
    ['le', false, 'UTF-16 LE'],
  ] as const)('decodes UTF-16 %s (BOM: %s)', async (endian, withBom, encoding) => {
    const { article: imported, report } = await importBytes(utf16(article.replace(/\n/g, '\r\n'), endian, withBom));
    expect(report.encoding).toBe(encoding);
    expect(imported.kicker).toBe('Harbour Ferries');
    expect(paragraphsOf(imported.body)[0]).toBe('“We are out,” said Zoë Okafor. "Café staff too."');
  });

  it('detects Windows-1252 when the bytes are not UTF-8, keeping curly quotes and accents, with a warning', async () => {
    const cp1252 = new Map([['“', 0x93], ['”', 0x94], ['ë', 0xeb], ['é', 0xe9]]);
    const bytes = new Uint8Array([...article].map((char) => cp1252.get(char) ?? char.charCodeAt(0)));
    const { article: imported, report } = await importBytes(bytes);
    expect(report.encoding).toBe('Windows-1252');
    expect(paragraphsOf(imported.body)[0]).toBe('“We are out,” said Zoë Okafor. "Café staff too."');
    expect(report.warnings.some((warning) => warning.includes('Windows-1252'))).toBe(true);
  });

  it('refuses binary data with NUL bytes or many control characters, naming the file', () => {
    const withNul = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x00, 0x41]);
    const controls = new Uint8Array(Array.from({ length: 400 }, (_, index) => (index % 7 === 0 ? 0x01 : 0x61)));
    for (const bytes of [withNul, controls]) {
      expect(() => decodeText('photo.txt', bytes)).toThrow(AppError);
      expect(() => decodeText('photo.txt', bytes)).toThrow(/^photo\.txt: the file holds binary data/);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aesGcmSecrets, fromSealedValue, toSealedValue } from '../../../main/secrets/secrets';
import { isSealedValue } from '../../../shared/article/model';

const secrets = aesGcmSecrets(Buffer.alloc(32, 3));

describe('sealed values', () => {
  it('open to the text that was sealed, and never contain it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (text) => {
        const sealed = secrets.seal(text);
        expect(isSealedValue(sealed)).toBe(true);
        expect(secrets.open(sealed)).toBe(text);
        if (text.length >= 4) expect(sealed).not.toContain(text);
      }),
      { numRuns: 200 },
    );
  });

  it('do not open with another key or after a byte was changed', () => {
    const sealed = secrets.seal('Jane Roe');
    expect(() => aesGcmSecrets(Buffer.alloc(32, 4)).open(sealed)).toThrow();
    const bytes = fromSealedValue(sealed);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => secrets.open(toSealedValue(bytes))).toThrow();
  });

  it('are told apart from clear text that merely starts like one', () => {
    expect(isSealedValue('sealed:v1:not base64!')).toBe(false);
    expect(isSealedValue('sealed:v1:')).toBe(false);
    expect(isSealedValue('Sealed:v1:QUJD')).toBe(false);
    expect(() => secrets.open('sealed:v1:QUJD')).toThrow(RangeError);
  });
});

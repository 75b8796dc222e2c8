import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanText, escapeHtml, jsonForScript } from '../../../../shared/export/escape';
import { sha256Base64 } from '../../../../shared/export/sha256';

describe('escape', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('removes controls and noncharacters that HTML forbids and keeps ordinary whitespace and text', () => {
    expect(cleanText('a\u0000b\u0001c\u007f\u0085d\uFDD0\uFFFF\u{1FFFE}e')).toBe('abcde');
    expect(cleanText('tab\tline\nfeed\r é 😀 \u2028')).toBe('tab\tline\nfeed\r é 😀 \u2028');
  });

  it('replaces lone surrogates, which UTF-8 cannot encode, with U+FFFD', () => {
    expect(cleanText('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('serialises JSON for a script element without <, >, & or line separators', () => {
    const json = jsonForScript({ text: '</script><!-- & \u2028\u2029' });
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- & \u2028\u2029' });
  });

  it('refuses a value JSON cannot represent', () => {
    expect(() => jsonForScript(undefined)).toThrow(RangeError);
  });
});

describe('sha256Base64', () => {
  it('matches the published SHA-256 test vectors', () => {
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('agrees with Node’s digest on every padding length and on non-ASCII text', () => {
    const inputs = [...Array.from({ length: 130 }, (_, n) => 'x'.repeat(n)), 'é😀\u2028'.repeat(500)];
    for (const input of inputs) expect(sha256Base64(input)).toBe(createHash('sha256').update(input, 'utf8').digest('base64'));
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/shell/csp';

const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

describe('the renderer Content-Security-Policy', () => {
  it('is repeated word for word by the meta tag of renderer/index.html', async () => {
    const html = await readFile('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });

  it('lets the page start workers only from its own files, and run no other script', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('worker-src')).toBe("'self'");
  });
});

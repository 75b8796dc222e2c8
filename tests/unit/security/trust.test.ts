import { describe, expect, it } from 'vitest';
import { isLocalRequest, isTrustedSender, navigationVerdict } from '../../../main/shell/trust';
import { apiArgSchemas, isExternalHref } from '../../../shared/ipc';

const app = 'copydesk://app';

describe('the IPC sender check', () => {
  it('accepts only the app origin’s top frame', () => {
    expect(isTrustedSender({ parent: null, url: 'copydesk://app/index.html' }, app)).toBe(true);
    expect(isTrustedSender({ parent: {}, url: 'copydesk://app/index.html' }, app)).toBe(false);
    expect(isTrustedSender(null, app)).toBe(false);
    for (const url of ['copydesk://app.evil/index.html', 'copydesk://appx/', 'https://copydesk.app/', 'file:///copydesk://app', 'about:blank', '', 'not a url']) {
      expect(isTrustedSender({ parent: null, url }, app), url).toBe(false);
    }
    expect(isTrustedSender({ parent: null, url: 'http://localhost:51730/' }, 'http://localhost:5173')).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('stay on the app, send http(s) links to the browser and block every other scheme', () => {
    expect(navigationVerdict('copydesk://app/index.html#x', app)).toBe('stay');
    expect(navigationVerdict('https://example.org/story', app)).toBe('open-externally');
    expect(navigationVerdict('http://example.org/', app)).toBe('open-externally');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@example.org', 'data:text/html,x', 'ms-settings:', 'smb://host/share', 'copydesk://evil/', 'https://exa mple.org/', 'https:\t//x']) {
      expect(navigationVerdict(url, app), url).toBe('block');
    }
  });

  it('let only local requests through the network filter', () => {
    expect(isLocalRequest('copydesk://app/assets/index.js', app)).toBe(true);
    expect(isLocalRequest('data:image/png;base64,AA==', app)).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'ws://localhost/', 'https://redirector.gvt1.com/dict.bdic', 'copydesk://app.evil/x']) {
      expect(isLocalRequest(url, app), url).toBe(false);
    }
    expect(isLocalRequest('ws://localhost:5173/', 'http://localhost:5173'), 'the dev server’s hot-reload socket').toBe(true);
    expect(isLocalRequest('ws://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isLocalRequest('wss://evil.example/', app)).toBe(false);
  });
});

describe('openLink validation', () => {
  it('accepts http and https only, as the argument schema and the handler both check', () => {
    for (const href of ['https://example.org/a?b=c', 'HTTP://EXAMPLE.ORG/']) {
      expect(isExternalHref(href)).toBe(true);
      expect(apiArgSchemas.openLink.safeParse({ href }).success).toBe(true);
    }
    for (const href of ['javascript:alert(1)', 'mailto:a@example.org', 'file:///etc/passwd', ' https://example.org', 'https://', 'vbscript:x', 'ms-msdt:/id', `https://example.org/${'a'.repeat(3_000)}`]) {
      expect(isExternalHref(href), href).toBe(false);
      expect(apiArgSchemas.openLink.safeParse({ href }).success).toBe(false);
    }
  });
});

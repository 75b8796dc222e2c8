import { isExternalHref } from '../../shared/ipc';

/**
 * True when `url` parses and has exactly the scheme, host and port of `origin` (a prefix match
 * would let `copydesk://app.evil` through). Compared by parts because Node's `URL.origin` is
 * "null" for custom schemes such as `copydesk:`.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const candidate = new URL(url);
    const expected = new URL(origin);
    return candidate.protocol === expected.protocol && candidate.host === expected.host && candidate.host !== '' && candidate.username === '' && candidate.password === '';
  } catch {
    return false;
  }
}

/** The parts of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  parent: unknown;
  url: string;
}

/** True only for the app's own top frame: not a sub-frame, not a page that navigated elsewhere, not a destroyed frame. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  return !!frame && frame.parent === null && isSameOrigin(frame.url, appOrigin);
}

/** What to do when the page tries to go to `url`: stay (the app itself), hand it to the browser, or block it. */
export function navigationVerdict(url: string, appOrigin: string): 'stay' | 'open-externally' | 'block' {
  if (isSameOrigin(url, appOrigin)) return 'stay';
  return isExternalHref(url) ? 'open-externally' : 'block';
}

/** Schemes that never touch the network and that Chromium itself uses for the app's own page. */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

/** True for a request the app may make: its own origin or a local scheme. Everything else would leave the machine. */
export function isLocalRequest(url: string, appOrigin: string): boolean {
  if (isSameOrigin(url, appOrigin)) return true;
  try {
    const parsed = new URL(url);
    // The development server's hot-reload socket: same host and port as the page, and only on localhost.
    const isDevSocket = /^wss?:$/.test(parsed.protocol) && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(appOrigin) && parsed.host === new URL(appOrigin).host;
    return isDevSocket || localSchemes.has(parsed.protocol);
  } catch {
    return false;
  }
}

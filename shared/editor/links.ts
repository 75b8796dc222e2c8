/** Link schemes Copydesk keeps: anything else (javascript:, data:, file: …) is dropped. */
export const allowedLinkProtocols = ['http:', 'https:', 'mailto:'] as const;

/**
 * True when `href` is an absolute http, https or mailto URL that parses, with no control
 * characters or whitespace that browsers would strip to reveal another scheme.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2_048) return false;
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!(allowedLinkProtocols as readonly string[]).includes(url.protocol)) return false;
  if (url.protocol === 'mailto:') return /^mailto:[^@\s]+@[^@\s]+$/i.test(href);
  return url.hostname.length > 0;
}

/**
 * The renderer's Content-Security-Policy: only our own files, no inline or remote script. Sent as a
 * response header by the app protocol (and by the test harness); `renderer/index.html` repeats it.
 * `worker-src 'self'` lets the page start the attribution analysis worker from the app's own files
 * (and nothing else: no blob: or data: workers).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

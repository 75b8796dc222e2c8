import { session, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from './csp';
import { isLocalRequest, navigationVerdict } from './trust';

export { contentSecurityPolicy };

/**
 * Applies session-wide defences: the CSP as a response header, permission handlers that deny
 * everything, and a request filter that cancels any request that would leave the machine.
 */
export function hardenSession(appOrigin: string, ses: Session = session.defaultSession): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, appOrigin) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Hunspell dictionaries (Windows, Linux) would come from Google's CDN; ask our own origin instead.
  ses.setSpellCheckerDictionaryDownloadURL(`${appOrigin}/dictionaries/`);
}

/**
 * Keeps a web contents on the app: every navigation away and every new window is refused. An
 * http(s) link the user followed goes to the system browser through `openLink`, after validation.
 */
export function lockNavigation(contents: WebContents, appOrigin: string, openLink: (url: string) => Promise<void>): void {
  const sendOut = (url: string) => {
    if (navigationVerdict(url, appOrigin) === 'open-externally') void openLink(url).catch(() => undefined);
  };
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (navigationVerdict(event.url, appOrigin) === 'stay') return;
    event.preventDefault();
    if (event.isMainFrame && !event.isSameDocument) sendOut(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (navigationVerdict(event.url, appOrigin) !== 'stay') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, nativeTheme } from 'electron';
import { createApi, type MainApi } from './api/createApi';
import { resolveWorkspace } from './settings/workspaceChoice';
import { registerIpc } from './shell/ipc';
import { buildMenu, sendMenuCommand } from './shell/menu';
import { electronPlatform, openInBrowser } from './shell/platform';
import { appOrigin, registerAppScheme, serveRenderer } from './shell/protocol';
import { contentSecurityPolicy, hardenSession, lockNavigation } from './shell/security';
import { loadWindowState, rememberWindowState } from './shell/windowState';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : appOrigin;
let mainWindow: BrowserWindow | null = null;
let mainApi: MainApi | null = null;
/** The close that holds the quit until main's writes have settled; set on the first quit. */
let closing: Promise<void> | null = null;
let isClosed = false;

// Lets tests and portable installs keep their data apart from the user's.
if (process.env.COPYDESK_USER_DATA) app.setPath('userData', process.env.COPYDESK_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setAppUserModelId('org.copydesk.app');
  app.enableSandbox();
  registerAppScheme();
  // Every web contents, not only the main window's, stays on the app and opens no windows.
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents, rendererOrigin, openInBrowser));
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Copydesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (isClosed || !mainApi) return;
    // Electron would exit with a save, a settings write or the library index still in flight:
    // hold the quit until main has closed (every write settled), then quit for real.
    event.preventDefault();
    closing ??= mainApi.close().catch((error: unknown) => console.error('Copydesk: closing failed', error)).then(() => {
      isClosed = true;
      app.quit();
    });
  });
}

async function start(): Promise<void> {
  nativeTheme.themeSource = 'system';
  hardenSession(rendererOrigin);
  serveRenderer(join(__dirname, '../renderer'), contentSecurityPolicy);
  const userDataDir = app.getPath('userData');
  mainApi = await createApi({
    workspaceDir: await resolveWorkspace(userDataDir),
    userDataDir,
    platform: electronPlatform(() => mainWindow),
  });
  registerIpc(mainApi.api, rendererOrigin);
  Menu.setApplicationMenu(
    buildMenu(
      (command) => sendMenuCommand(mainWindow, command),
      () => void mainApi?.api.chooseWorkspace(undefined).then((listing) => listing && mainWindow?.webContents.send('library-changed', {})),
    ),
  );
  await createWindow(userDataDir);
}

async function createWindow(userDataDir: string): Promise<void> {
  const state = await loadWindowState(userDataDir);
  mainWindow = new BrowserWindow({
    ...(state.hasPosition ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Copydesk',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#fbfaf7',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
  if (state.isMaximized) mainWindow.maximize();
  rememberWindowState(mainWindow, userDataDir);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
}

import { dialog, safeStorage, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { isExternalHref, type EventName } from '../../shared/ipc';
import type { Platform } from '../api/createApi';
import { fromSealedValue, toSealedValue, type Secrets } from '../secrets/secrets';

/**
 * The Electron side of `Platform`: native dialogs attached to the window, the system browser for
 * validated links, the OS keychain for private fields, and events sent to the window.
 */
export function electronPlatform(window: () => BrowserWindow | null): Platform {
  const open = async (options: OpenDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
  const save = async (options: SaveDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  };
  return {
    chooseFolder: async () => (await open({ title: 'Choose a folder', properties: ['openDirectory', 'createDirectory'] }))[0] ?? null,
    chooseImportFiles: () =>
      open({ title: 'Import', properties: ['openFile', 'multiSelections'], filters: [{ name: 'Articles', extensions: ['txt', 'text', 'md', 'markdown', 'docx'] }] }),
    chooseExportFile: (defaultName) => save({ title: 'Export article', defaultPath: defaultName, filters: [{ name: 'HTML', extensions: ['html'] }] }),
    openExternal: openInBrowser,
    secrets: keychainSecrets(),
    emit: (event: EventName, payload: unknown) => window()?.webContents.send(event, payload),
  };
}

/** Hands an http(s) address to the system browser; anything else is refused here too (defence in depth). */
export async function openInBrowser(url: string): Promise<void> {
  if (!isExternalHref(url)) throw new RangeError('only http and https links may be opened outside Copydesk');
  await shell.openExternal(url, { activate: true });
}

/**
 * `safeStorage` as `Secrets`. On Linux without a keyring Electron falls back to a hard-coded key
 * (`basic_text`); that is no protection, so it counts as unavailable and the UI says so.
 */
function keychainSecrets(): Secrets {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
    seal: (text) => toSealedValue(safeStorage.encryptString(text)),
    open: (sealed) => safeStorage.decryptString(fromSealedValue(sealed)),
  };
}

import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { EventName } from '../../shared/ipc';
import type { Platform } from '../api/createApi';

/** The Electron side of `Platform`: native dialogs attached to the window, and events sent to it. */
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
    emit: (event: EventName, payload: unknown) => window()?.webContents.send(event, payload),
  };
}

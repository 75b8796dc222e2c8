import { Menu, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import { menuTemplate } from './menuTemplate';

/** The native application menu, built from `menuTemplate`. */
export function buildMenu(send: (command: MenuCommand) => void, openWorkspace: () => void): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, openWorkspace, process.platform === 'darwin'));
}

/** Sends a menu command to a window's renderer. */
export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  window?.webContents.send('menu', { command });
}

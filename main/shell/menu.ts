import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

/**
 * The native application menu. Items the renderer acts on (New, Save, Export, Find, Import)
 * are sent to it as `menu` events; Open Workspace is handled in main.
 */
export function buildMenu(send: (command: MenuCommand) => void, openWorkspace: () => void): Menu {
  const isMac = process.platform === 'darwin';
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    // The renderer handles these keys itself (so they work the same in tests); the menu shows them.
    registerAccelerator: false,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Article', 'CmdOrCtrl+N', 'new-article'),
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: openWorkspace },
        { type: 'separator' },
        item('Save', 'CmdOrCtrl+S', 'save'),
        item('Import…', 'CmdOrCtrl+I', 'import'),
        item('Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find…', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    {
      label: '&Help',
      submenu: [{ role: 'about' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** Sends a menu command to a window's renderer. */
export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  window?.webContents.send('menu', { command });
}

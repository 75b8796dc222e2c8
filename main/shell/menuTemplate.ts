import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

/**
 * The application menu as plain data, so its items and shortcuts can be checked without Electron.
 * Items the renderer acts on (New, Save, Import, Export, Find, Focus Mode) are sent to it as
 * `menu` events; Open Workspace is handled in main. Ctrl/Cmd+I stays italic everywhere: Import
 * is Ctrl/Cmd+Shift+O, which no editor uses for formatting.
 */
export function menuTemplate(send: (command: MenuCommand) => void, openWorkspace: () => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    // The renderer handles these keys itself (so they work the same in tests); the menu shows them.
    registerAccelerator: false,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Article', 'CmdOrCtrl+N', 'new-article'),
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: openWorkspace },
        { type: 'separator' },
        item('Save', 'CmdOrCtrl+S', 'save'),
        item('Import…', 'CmdOrCtrl+Shift+O', 'import'),
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
      submenu: [
        item('Focus Mode', 'CmdOrCtrl+Shift+F', 'focus-mode'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [{ role: 'about' }],
    },
  ];
}

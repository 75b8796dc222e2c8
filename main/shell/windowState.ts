import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

interface WindowState extends Rectangle {
  isMaximized: boolean;
}

const fallback: WindowState = { x: 0, y: 0, width: 1400, height: 900, isMaximized: false };

/** The last window bounds, if they still fit on a connected display. */
export function loadWindowState(userDataDir: string): WindowState & { hasPosition: boolean } {
  try {
    const state = JSON.parse(readFileSync(join(userDataDir, 'window-state.json'), 'utf8')) as WindowState;
    const isVisible = screen.getAllDisplays().some(({ workArea: area }) => state.x >= area.x - 50 && state.y >= area.y - 50 && state.x < area.x + area.width && state.y < area.y + area.height);
    if (state.width >= 400 && state.height >= 300) return { ...state, hasPosition: isVisible };
  } catch {
    // First start or unreadable state: use defaults.
  }
  return { ...fallback, hasPosition: false };
}

/** Saves the window's bounds when it closes. */
export function rememberWindowState(window: BrowserWindow, userDataDir: string): void {
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), isMaximized: window.isMaximized() };
    try {
      writeFileSync(join(userDataDir, 'window-state.json'), JSON.stringify(state));
    } catch {
      // Losing the window position is harmless.
    }
  });
}

import { screen, type BrowserWindow } from 'electron';
import { readWindowState, writeWindowState, type WindowState } from '../settings/windowStateFile';

const fallback: WindowState = { x: 0, y: 0, width: 1400, height: 900, isMaximized: false };

/** The last window bounds, if they still fit on a connected display. */
export async function loadWindowState(userDataDir: string): Promise<WindowState & { hasPosition: boolean }> {
  const state = await readWindowState(userDataDir);
  if (!state || state.width < 400 || state.height < 300) return { ...fallback, hasPosition: false };
  const isVisible = screen.getAllDisplays().some(({ workArea: area }) => state.x >= area.x - 50 && state.y >= area.y - 50 && state.x < area.x + area.width && state.y < area.y + area.height);
  return { ...state, hasPosition: isVisible };
}

/**
 * Saves the window's bounds when it closes: the close waits for the durable write (a few
 * milliseconds), then goes ahead whether or not it succeeded (losing the position is harmless).
 */
export function rememberWindowState(window: BrowserWindow, userDataDir: string): void {
  let isSaved = false;
  window.on('close', (event) => {
    if (isSaved) return;
    event.preventDefault();
    const bounds = window.getNormalBounds();
    void writeWindowState(userDataDir, { ...bounds, isMaximized: window.isMaximized() })
      .catch(() => undefined)
      .finally(() => {
        isSaved = true;
        if (!window.isDestroyed()) window.close();
      });
  });
}

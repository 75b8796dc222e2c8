import { useEffect } from 'react';
import type { MenuCommand } from '../shared/ipc';

/** Ctrl/Cmd+key. Ctrl/Cmd+I is left to italic (the editor's), so Import lives on Ctrl/Cmd+Shift+O. */
const plainKeys: Record<string, MenuCommand> = { s: 'save', n: 'new-article', e: 'export', f: 'find' };
/** Ctrl/Cmd+Shift+key. */
const shiftedKeys: Record<string, MenuCommand> = { o: 'import', f: 'focus-mode' };

/** The command a key press stands for, or null. Matches the accelerators shown in the native menu. */
export function shortcutCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  return (event.shiftKey ? shiftedKeys[key] : plainKeys[key]) ?? null;
}

/** The menu's shortcuts, handled in the page so they behave the same with or without a native menu. */
export function useShortcuts(onCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [onCommand]);
}

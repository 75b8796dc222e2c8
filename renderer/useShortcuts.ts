import { useEffect } from 'react';
import type { MenuCommand } from '../shared/ipc';

const keys: Record<string, MenuCommand> = { s: 'save', n: 'new-article', e: 'export', f: 'find', i: 'import' };

/** Ctrl/Cmd+S, N, E, F and I, handled in the page so they behave the same with or without a native menu. */
export function useShortcuts(onCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const command = keys[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [onCommand]);
}

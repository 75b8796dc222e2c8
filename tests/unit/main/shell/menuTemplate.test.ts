import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../main/shell/menuTemplate';
import type { MenuCommand } from '../../../../shared/ipc';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? items(entry.submenu) : [])]);
}

describe('the application menu', () => {
  it('leaves Ctrl/Cmd+I to italic and puts Import on Ctrl/Cmd+Shift+O', () => {
    const all = items(menuTemplate(() => undefined, () => undefined, false));
    expect(all.map((entry) => entry.accelerator).filter(Boolean)).not.toContain('CmdOrCtrl+I');
    expect(all.find((entry) => entry.label === 'Import…')?.accelerator).toBe('CmdOrCtrl+Shift+O');
  });

  it('sends Focus Mode to the renderer from the View menu', () => {
    const sent: MenuCommand[] = [];
    const view = menuTemplate((command) => sent.push(command), () => undefined, true).find((entry) => entry.label === '&View');
    const focus = items(Array.isArray(view?.submenu) ? view.submenu : []).find((entry) => entry.label === 'Focus Mode');
    expect(focus?.accelerator).toBe('CmdOrCtrl+Shift+F');
    (focus?.click as () => void)();
    expect(sent).toEqual(['focus-mode']);
  });

  it('gives every accelerator to one item only', () => {
    const accelerators = items(menuTemplate(() => undefined, () => undefined, false)).flatMap((entry) => (entry.accelerator ? [entry.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

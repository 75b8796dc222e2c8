import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiMethods, eventNames, type CopydeskBridge } from '../shared/ipc';

/**
 * Builds `window.copydesk` from the contract's method list: one `invoke` per method and an
 * `on(event, listener)` that returns its unsubscribe. `ipcRenderer` itself is never exposed.
 */
const bridge: Record<string, unknown> = {};
for (const method of apiMethods) {
  bridge[method] = (arg: unknown) => ipcRenderer.invoke(method, arg);
}
bridge.on = (event: string, listener: (payload: unknown) => void) => {
  if (!(eventNames as readonly string[]).includes(event)) throw new RangeError(`unknown event "${event}"`);
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => ipcRenderer.removeListener(event, wrapped);
};

contextBridge.exposeInMainWorld('copydesk', bridge as CopydeskBridge);

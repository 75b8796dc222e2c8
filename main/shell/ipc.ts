import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../shared/errors';
import { apiMethods, type CopydeskApi } from '../../shared/ipc';
import { dispatch } from '../api/dispatch';

/**
 * Registers one `ipcMain.handle` per contract method. Each call must come from the app's own
 * top frame; its argument is validated by `dispatch`.
 */
export function registerIpc(api: CopydeskApi, isTrustedUrl: (url: string) => boolean): void {
  for (const method of apiMethods) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, arg: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return { ok: false, error: new AppError('forbidden', 'calls are accepted only from Copydesk’s own window').toPayload() };
      }
      return dispatch(api, method, arg);
    });
  }
}

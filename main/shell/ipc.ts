import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../shared/errors';
import { apiMethods, type CopydeskApi } from '../../shared/ipc';
import { dispatch } from '../api/dispatch';
import { isTrustedSender } from './trust';

/**
 * Registers one `ipcMain.handle` per contract method. Each call must come from the app's own
 * top frame (its URL has exactly the app's origin); its argument is validated by `dispatch`.
 */
export function registerIpc(api: CopydeskApi, appOrigin: string): void {
  for (const method of apiMethods) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, arg: unknown) => {
      if (!isTrustedSender(event.senderFrame, appOrigin)) {
        return { ok: false, error: new AppError('forbidden', 'calls are accepted only from Copydesk’s own window').toPayload() };
      }
      return dispatch(api, method, arg);
    });
  }
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type MainApi, type Platform } from '../../main/api/createApi';
import { dispatch } from '../../main/api/dispatch';
import type { ApiMethod, CopydeskApi } from '../../shared/ipc';

/** A temporary workspace and data folder, removed by `dispose`. */
export interface TempWorkspace {
  root: string;
  workspaceDir: string;
  userDataDir: string;
  dispose(): Promise<void>;
}

/** Makes a fresh temporary workspace and app data folder. */
export async function tempWorkspace(prefix = 'copydesk-bench-'): Promise<TempWorkspace> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  return { root, workspaceDir: join(root, 'workspace'), userDataDir: join(root, 'userData'), dispose: () => rm(root, { recursive: true, force: true }) };
}

/** A host with no dialogs and no keychain; events go to `emit` (the browser page, or nowhere). */
export function benchPlatform(emit: Platform['emit'] = () => undefined): Platform {
  return {
    chooseFolder: async () => null,
    chooseImportFiles: async () => [],
    chooseExportFile: async () => null,
    openExternal: async () => undefined,
    secrets: null,
    emit,
  };
}

/** Starts the real main-process handlers over a workspace, as the app and the end-to-end harness do. */
export function startMain(workspace: Pick<TempWorkspace, 'workspaceDir' | 'userDataDir'>, emit?: Platform['emit']): Promise<MainApi> {
  return createApi({ workspaceDir: workspace.workspaceDir, userDataDir: workspace.userDataDir, platform: benchPlatform(emit) });
}

/** Calls a method the way the renderer does (argument validated by the contract's schema) and unwraps the envelope. */
export async function callApi<M extends ApiMethod>(api: CopydeskApi, method: M, arg: Parameters<CopydeskApi[M]>[0]): Promise<Awaited<ReturnType<CopydeskApi[M]>>> {
  const envelope = await dispatch(api, method, arg);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as Awaited<ReturnType<CopydeskApi[M]>>;
}

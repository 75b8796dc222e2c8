import { join } from 'node:path';
import { createApi, type MainApi } from '../../main/api/createApi';
import { aesGcmSecrets, type Secrets } from '../../main/secrets/secrets';
import type { CopydeskEvents, EventName } from '../../shared/ipc';
import { tempDir } from './tempDir';

export { paragraphs } from './articles';

/** Answers the fake native dialogs give, and the keychain to use (`null`: none on this computer). */
export interface Dialogs {
  folder?: string;
  importFiles?: string[];
  exportFile?: string;
  secrets?: Secrets | null;
}

/** The fixed key of the test keychain: a real AES-256-GCM implementation, so sealing is real. */
export const testSecretsKey = Buffer.alloc(32, 7);

/** Real main-process handlers over fresh temporary folders, recording the events they emit and the links opened. */
export async function startMain(
  root?: string,
  dialogs: Dialogs = {},
  folders: { workspaceDir?: string } = {},
): Promise<MainApi & { root: string; workspaceDir: string; userDataDir: string; events: { event: EventName; payload: CopydeskEvents[EventName] }[]; openedLinks: string[] }> {
  const base = root ?? (await tempDir());
  const workspaceDir = folders.workspaceDir ?? join(base, 'workspace');
  const userDataDir = join(base, 'userData');
  const events: { event: EventName; payload: CopydeskEvents[EventName] }[] = [];
  const openedLinks: string[] = [];
  const main = await createApi({
    workspaceDir,
    userDataDir,
    platform: {
      chooseFolder: async () => dialogs.folder ?? null,
      chooseImportFiles: async () => dialogs.importFiles ?? [],
      chooseExportFile: async () => dialogs.exportFile ?? null,
      openExternal: async (url) => void openedLinks.push(url),
      secrets: dialogs.secrets === undefined ? aesGcmSecrets(testSecretsKey) : dialogs.secrets,
      emit: (event, payload) => void events.push({ event, payload }),
    },
  });
  return { ...main, root: base, workspaceDir, userDataDir, events, openedLinks };
}

import { join } from 'node:path';
import { createApi, type MainApi } from '../../main/api/createApi';
import type { CopydeskEvents, EventName } from '../../shared/ipc';
import { tempDir } from './tempDir';

export { paragraphs } from './articles';

/** Answers the fake native dialogs give. */
export interface Dialogs {
  folder?: string;
  importFiles?: string[];
  exportFile?: string;
}

/** Real main-process handlers over fresh temporary folders, recording the events they emit. */
export async function startMain(root?: string, dialogs: Dialogs = {}): Promise<MainApi & { root: string; workspaceDir: string; userDataDir: string; events: { event: EventName; payload: CopydeskEvents[EventName] }[] }> {
  const base = root ?? (await tempDir());
  const workspaceDir = join(base, 'workspace');
  const userDataDir = join(base, 'userData');
  const events: { event: EventName; payload: CopydeskEvents[EventName] }[] = [];
  const main = await createApi({
    workspaceDir,
    userDataDir,
    platform: {
      chooseFolder: async () => dialogs.folder ?? null,
      chooseImportFiles: async () => dialogs.importFiles ?? [],
      chooseExportFile: async () => dialogs.exportFile ?? null,
      emit: (event, payload) => void events.push({ event, payload }),
    },
  });
  return { ...main, root: base, workspaceDir, userDataDir, events };
}

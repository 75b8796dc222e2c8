import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../shared/ipc';
import { writeFileDurably } from '../articles/articleFile';

/** Settings a fresh install starts with. */
export const defaultSettings: Settings = { reviewerName: '', headlineLimit: 70, dekLimit: 160, lastOpen: null, evidenceRequirement: 'none' };

/** The user's settings in `settings.json` in the app's data folder; an unreadable file means defaults. */
export class SettingsStore {
  private current: Settings = defaultSettings;
  /** The last write started, settled either way: each write waits for the one before, so the file always ends with the latest settings. */
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly path: string) {}

  static async open(userDataDir: string): Promise<SettingsStore> {
    const store = new SettingsStore(join(userDataDir, 'settings.json'));
    try {
      const parsed = settingsSchema.partial().safeParse(JSON.parse(await readFile(store.path, 'utf8')));
      if (parsed.success) store.current = { ...defaultSettings, ...parsed.data };
    } catch {
      store.current = defaultSettings;
    }
    return store;
  }

  get(): Settings {
    return this.current;
  }

  /**
   * Merges a change and writes the file atomically, after any write still on its way (two writes
   * at once could land out of order and leave an older reading position on disk than in memory).
   */
  async update(change: Partial<Settings>): Promise<Settings> {
    // A key sent as undefined means "unchanged", not "remove".
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const next = settingsSchema.parse({ ...this.current, ...defined });
    this.current = next;
    const write = this.writing.then(() => writeFileDurably(this.path, `${JSON.stringify(next, null, 2)}\n`));
    this.writing = write.catch(() => undefined);
    await write;
    return this.current;
  }

  /**
   * Resolves once every change made so far is on disk (or its write failed, which its caller was
   * told), so a restart reads what `get` answered. Closing the main process waits for it.
   */
  flush(): Promise<void> {
    return this.writing;
  }
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../shared/ipc';
import { writeFileDurably } from '../articles/articleFile';

/** Settings a fresh install starts with. */
export const defaultSettings: Settings = { reviewerName: '', headlineLimit: 70, dekLimit: 160, lastOpen: null, evidenceRequirement: 'none' };

/** The user's settings in `settings.json` in the app's data folder; an unreadable file means defaults. */
export class SettingsStore {
  private current: Settings = defaultSettings;

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

  /** Merges a change and writes the file atomically. */
  async update(change: Partial<Settings>): Promise<Settings> {
    // A key sent as undefined means "unchanged", not "remove".
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    this.current = settingsSchema.parse({ ...this.current, ...defined });
    await writeFileDurably(this.path, `${JSON.stringify(this.current, null, 2)}\n`);
    return this.current;
  }
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isSealedValue } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import { writeFileDurably } from '../articles/articleFile';
import type { Secrets } from '../secrets/secrets';
import { checkServerUrl, type NewsroomSettings } from './newsroomClient';

const storedSchema = z.object({
  serverUrl: z.string().max(2_048).nullable(),
  /** `sealed:v1:…` when this computer has a keychain, else the token in clear. */
  token: z.string().max(10_000).nullable(),
  /** The name the server last gave the token, shown while offline. */
  user: z.string().max(200).nullable(),
});
type Stored = z.infer<typeof storedSchema>;

const empty: Stored = { serverUrl: null, token: null, user: null };

/**
 * The "Newsroom server" setting in `newsroom.json` in the app's data folder: the address, and the
 * token sealed with the OS keychain like private source notes (in clear, and said so, where this
 * computer has none). The token never goes back to the window.
 */
export class NewsroomSettingsStore {
  private stored: Stored = empty;
  /** Why the stored token cannot be used here (sealed on another computer), or null. */
  private tokenProblem: string | null = null;

  private constructor(
    private readonly path: string,
    private readonly secrets: Secrets | null,
  ) {}

  /** Reads the setting; a missing or unreadable file means no server. */
  static async open(userDataDir: string, secrets: Secrets | null): Promise<NewsroomSettingsStore> {
    const store = new NewsroomSettingsStore(join(userDataDir, 'newsroom.json'), secrets);
    const parsed = storedSchema.safeParse(await readFile(store.path, 'utf8').then((text) => JSON.parse(text) as unknown, () => null));
    if (parsed.success) store.stored = parsed.data;
    return store;
  }

  /** True when the token is encrypted at rest on this computer. */
  get isTokenEncrypted(): boolean {
    return this.secrets?.isAvailable() ?? false;
  }

  /** The address and clear token for the sync client; both null when no server (or no usable token) is set. */
  settings(): NewsroomSettings {
    const token = this.clearToken();
    if (this.stored.serverUrl === null || token === null) return { serverUrl: null, token: null };
    return { serverUrl: this.stored.serverUrl, token };
  }

  /** The stored address, even when its token cannot be used here. */
  get serverUrl(): string | null {
    return this.stored.serverUrl;
  }

  get user(): string | null {
    return this.stored.user;
  }

  /** True when a token is stored and can be read on this computer. */
  get hasToken(): boolean {
    return this.clearToken() !== null;
  }

  /** Why the stored token cannot be used here, or null. */
  get problem(): string | null {
    this.clearToken();
    return this.tokenProblem;
  }

  /**
   * Sets the server. A null address removes the setting and the token; an omitted token keeps the
   * stored one for the same address. Bad input is an `invalid-argument` AppError naming it.
   */
  async set(serverUrl: string | null, token: string | undefined): Promise<void> {
    if (serverUrl === null) {
      await this.write(empty);
      return;
    }
    const address = checkServerUrl(serverUrl);
    const trimmed = token?.trim();
    if (trimmed !== undefined && !/^[\x21-\x7e]{8,500}$/.test(trimmed)) throw new AppError('invalid-argument', 'a newsroom token is the line `npm run server -- add-user` printed, with no spaces');
    const isSameServer = address === this.stored.serverUrl;
    if (trimmed === undefined && (!isSameServer || !this.hasToken)) throw new AppError('invalid-argument', 'enter your token for this server (ask whoever runs it for one)');
    const sealed = trimmed === undefined ? this.stored.token : this.seal(trimmed);
    await this.write({ serverUrl: address, token: sealed, user: isSameServer && trimmed === undefined ? this.stored.user : null });
  }

  /** Remembers the name the server gave the token, to show it while offline. */
  async rememberUser(user: string): Promise<void> {
    if (user !== this.stored.user) await this.write({ ...this.stored, user });
  }

  private seal(token: string): string {
    if (!this.isTokenEncrypted) return token;
    try {
      return (this.secrets as Secrets).seal(token);
    } catch {
      throw new AppError('write-failed', 'the system keychain could not encrypt the token, so it was not saved');
    }
  }

  private clearToken(): string | null {
    const token = this.stored.token;
    this.tokenProblem = null;
    if (token === null || !isSealedValue(token)) return token;
    try {
      if (!this.secrets?.isAvailable()) throw new RangeError('no keychain');
      return this.secrets.open(token);
    } catch {
      this.tokenProblem = 'the saved token was encrypted on another computer or user account; enter it again';
      return null;
    }
  }

  private async write(next: Stored): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify(next, null, 2)}\n`);
    this.stored = next;
  }
}

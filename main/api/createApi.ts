import type { Article } from '../../shared/article/model';
import type { NewArticleFields } from '../../shared/article/newArticle';
import { AppError } from '../../shared/errors';
import { restoredArticle } from '../../shared/review/restore';
import { isExternalHref, type CopydeskApi, type CopydeskEvents, type EventName } from '../../shared/ipc';
import { guardPrivateFields } from '../secrets/guardApi';
import { PrivateFields } from '../secrets/privateFields';
import type { Secrets } from '../secrets/secrets';
import type { WebSocketClass } from '../newsroom/newsroomClient';
import { SettingsStore } from '../settings/settingsStore';
import { rememberWorkspace } from '../settings/workspaceChoice';
import { removeTempFilesOf } from '../articles/tempFiles';
import { ImportThread } from '../importers/importThread';
import { importBytes, importPaths } from './importing';
import { createNewsroomApi } from './newsroomApi';
import { assertPublishable, publishToFile, publishToFolder } from './publishing';
import { readStylePack } from '../style/stylePack';
import { saveInSession, type RevisionReason } from './saving';
import { WorkspaceSession } from './workspaceSession';

/** The few things main needs from its host (Electron, or a test harness): dialogs, the browser, the keychain and events. */
export interface Platform {
  /** Shows a native folder picker; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Shows a native open dialog for files to import; empty when cancelled. */
  chooseImportFiles(): Promise<string[]>;
  /** Shows a native save dialog for an HTML export; null when cancelled. */
  chooseExportFile(defaultName: string): Promise<string | null>;
  /** Opens a validated http(s) address in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Seals private source fields at rest; null when this host has no keychain. */
  secrets: Secrets | null;
  emit<E extends EventName>(event: E, payload: CopydeskEvents[E]): void;
}

export interface ApiOptions {
  workspaceDir: string;
  userDataDir: string;
  platform: Platform;
  now?: () => string;
  /** The WebSocket class the newsroom connection uses (tests pass one that counts connections). */
  newsroomWebSocket?: WebSocketClass;
}

/** The main-process implementation of the contract, plus a way to shut it down cleanly. */
export interface MainApi {
  api: CopydeskApi;
  session(): WorkspaceSession;
  close(): Promise<void>;
}

/**
 * Builds every handler of `CopydeskApi` over real files. Free of Electron, so the same
 * handlers serve the app, the end-to-end tests and the CLI.
 */
export async function createApi(options: ApiOptions): Promise<MainApi> {
  const { userDataDir, platform } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const settings = await SettingsStore.open(userDataDir);
  const privateFields = new PrivateFields(platform.secrets);
  const events = {
    onArticleChangedOnDisk: (id: string, isDeleted: boolean) => platform.emit('article-changed-on-disk', { id, isDeleted }),
    onLibraryChanged: () => platform.emit('library-changed', {}),
  };
  let session = await WorkspaceSession.open(options.workspaceDir, userDataDir, events);
  const newsroom = await createNewsroomApi({ userDataDir, secrets: platform.secrets, session: () => session, emit: platform.emit, webSocket: options.newsroomWebSocket });
  const importer = new ImportThread();

  /** Saves through the workspace (`saveInSession`): revision, recovery file and library update included. */
  const save = (article: Article, reason: RevisionReason): Promise<Article> => saveInSession(session, article, reason, now);

  const copyFields = (article: Article, headline: string): NewArticleFields => {
    const { schemaVersion: _version, id: _id, createdAt: _created, updatedAt: _updated, ...fields } = article;
    return { ...fields, headline, status: 'draft', publication: null, corrections: [], statusLog: [] };
  };

  const api: CopydeskApi = {
    getLibrary: async (query) => session.library.list(query),
    getSnippets: async ({ ids, search }) => session.library.snippets(ids, search),
    createArticle: async ({ headline }) => session.workspace.create({ headline }, now()),
    openArticle: async ({ id }) => ({ article: await session.workspace.load(id), recovered: await session.recovery.find(id) }),
    saveArticle: async ({ article, isExplicit }) => {
      const saved = await save(article, isExplicit ? 'save' : null);
      return { article: saved, savedAt: saved.updatedAt };
    },
    resolveConflict: async ({ id, choice, mine }) => {
      const copy = choice === 'keep-mine-as-copy' ? await session.workspace.create(copyFields(mine, mine.headline), now()) : null;
      session.workspace.forgetBase(id);
      await session.recovery.discard(id);
      const theirs = session.workspace.find(id) ? await session.workspace.load(id).catch(() => null) : null;
      if (theirs) return { article: theirs, copy };
      if (copy) return { article: copy, copy };
      throw new AppError('not-found', 'the article was deleted outside Copydesk; keep your text as a copy instead');
    },
    discardRecovery: async ({ id }) => {
      await session.recovery.discard(id);
      const entry = session.workspace.find(id);
      if (entry) await removeTempFilesOf(session.workspace.dir, entry.fileName);
    },
    duplicateArticle: async ({ id }) => {
      const { article: source } = await session.workspace.read(id);
      return session.workspace.create(copyFields(source, source.headline ? `${source.headline} (copy)` : ''), now());
    },
    renameArticle: async ({ id, slug }) => session.workspace.rename(id, slug, now()),
    trashArticle: async ({ id }) => session.workspace.trash(id),
    listRevisions: async ({ id }) => {
      await session.workspace.knownEntry(id);
      return session.revisions.list(id);
    },
    restoreRevision: async ({ id, revisionId }) => {
      const revision = await session.revisions.read(id, revisionId);
      const { article: current } = await session.workspace.read(id);
      return save(restoredArticle(current, revision), 'restore');
    },
    readRevision: async ({ id, revisionId }) => {
      // Reading the file checks the article is still in the workspace, without moving its conflict base.
      await session.workspace.read(id);
      return session.revisions.read(id, revisionId);
    },
    getSettings: async () => settings.get(),
    updateSettings: async (change) => settings.update(change),
    chooseWorkspace: async () => {
      const dir = await platform.chooseFolder();
      if (!dir) return null;
      const next = await WorkspaceSession.open(dir, userDataDir, events);
      await session.close();
      session = next;
      await rememberWorkspace(userDataDir, dir);
      await settings.update({ lastOpen: null });
      return session.library.list({ search: '', status: 'all', sort: 'updated' });
    },
    exportArticle: async ({ id, confirmedWarningIds }) => {
      const { article: current } = await assertPublishable({ session, settings: settings.get(), now }, id, confirmedWarningIds);
      const path = await platform.chooseExportFile(`${current.slug}.html`);
      if (!path) return null;
      const article = await publishToFile({ session, settings: settings.get(), now }, id, path, confirmedWarningIds);
      return { article, fileName: path.split(/[\\/]/).pop() ?? path };
    },
    exportArticles: async ({ ids }) => {
      const folder = await platform.chooseFolder();
      if (!folder) return null;
      const progress = (done: number, label: string) => platform.emit('progress', { task: 'export', done, total: ids.length, label });
      return publishToFolder({ session, settings: settings.get(), now }, ids, folder, progress);
    },
    importFiles: async () => {
      const paths = await platform.chooseImportFiles();
      if (paths.length === 0) return null;
      const progress = (done: number, label: string) => platform.emit('progress', { task: 'import', done, total: paths.length, label });
      return importPaths(session, importer, paths, now, progress);
    },
    importData: async ({ name, dataBase64 }) => importBytes(session, importer, name, Buffer.from(dataBase64, 'base64'), now()),
    openLink: async ({ href }) => {
      if (!isExternalHref(href)) throw new AppError('forbidden', 'only http and https links open outside Copydesk');
      await platform.openExternal(new URL(href).href);
    },
    getPrivacy: async () => ({ isEncryptionAvailable: privateFields.isEncryptionAvailable() }),
    getStylePack: async () => readStylePack(session.workspace.dir),
    ...newsroom.handlers,
  };

  const close = async () => {
    await newsroom.close();
    await importer.close();
    await session.close();
    // Last: a reading position the renderer sent just before the close is on disk for the next start.
    await settings.flush();
  };
  return { api: guardPrivateFields(api, privateFields), session: () => session, close };
}

import { z } from 'zod';
import { articleIdSchema, articleSchema, articleStatuses, slugSchema, type Article, type ArticleStatus } from './article/model';
import { isSafeHref } from './editor/links';
import type { ErrorPayload } from './errors';
import { evidenceRequirements } from './standards/policy';
import type { StylePackResult } from './style/pack';
import { granteesSchema, type Grantees } from './collab/protocol';
import type { SyncStatus } from './collab/status';

/** One row of the library list. */
export interface ArticleSummary {
  id: string;
  slug: string;
  fileName: string;
  kicker: string;
  headline: string;
  dek: string;
  status: ArticleStatus;
  bylines: string;
  updatedAt: string;
  words: number;
  /** Published once, then edited: the exported file is out of date. */
  isChangedSincePublished: boolean;
  tags: string[];
  /** The opening of the body (about 200 characters), shown under the headline. */
  lead: string;
}

/** A library row: the summary, and the words a search matched in it (empty without a search). */
export interface LibraryRow extends ArticleSummary {
  terms: string[];
}

/** Whether the full-text index is complete, or being rebuilt (searches then answer from what is indexed so far). */
export type SearchIndexState = { state: 'ready' } | { state: 'building'; done: number; total: number };

/** The body text around a search match in one article, for its library row. */
export interface RowSnippet {
  id: string;
  /** Empty when the match is not in the body (the lead is shown instead). */
  text: string;
}

/** A file in the workspace that could not be read, and why. It is never overwritten. */
export interface UnreadableFile {
  fileName: string;
  reason: string;
}

/** What the library pane shows. */
export interface LibraryListing {
  workspace: string;
  /** The requested window of matching rows, starting at `offset`. */
  articles: LibraryRow[];
  offset: number;
  /** Rows matching the query (search and status) before windowing. */
  matched: number;
  unreadable: UnreadableFile[];
  /** Total number of readable articles before filtering. */
  total: number;
  index: SearchIndexState;
  /** True while a warm start checks the folder in the background: files changed while Copydesk was closed appear when found. */
  isCheckingFolder?: boolean;
  /** While a start with no library index reads every file in the background: files read so far, of how many (rows appear as they are read). */
  folderScan?: { done: number; total: number };
  /**
   * True after such a start lists every file, while the files are checked in full (rows were
   * listed from their row fields): a file that fails moves to `unreadable`, with the reason.
   */
  isCheckingFiles?: boolean;
}

/** Largest window of rows one `getLibrary` call returns. */
export const maxLibraryWindow = 100_000;

export const libraryQuerySchema = z.object({
  search: z.string().max(500),
  status: z.enum([...articleStatuses, 'all']),
  /** `relevance` ranks search matches by the index's score (without a search it is the same as `updated`). */
  sort: z.enum(['updated', 'headline', 'relevance']),
  /** First row of the window (default 0). */
  offset: z.number().int().min(0).max(10_000_000).optional(),
  /** Rows in the window (default: all, up to `maxLibraryWindow`). */
  limit: z.number().int().min(0).max(maxLibraryWindow).optional(),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

export const snippetRequestSchema = z.object({
  ids: z.array(articleIdSchema).max(200),
  search: z.string().max(500),
});

/** An article as opened, with any text rescued from a save that failed last time. */
export interface OpenedArticle {
  article: Article;
  recovered: Article | null;
}

export interface SaveResult {
  article: Article;
  savedAt: string;
}

export interface RevisionSummary {
  revisionId: string;
  at: string;
  reason: string;
  headline: string;
  words: number;
  /** Why the snapshot cannot be read (it is listed, never restored), or null when it is whole. */
  damage: string | null;
}

export const settingsSchema = z.object({
  reviewerName: z.string().max(200),
  headlineLimit: z.number().int().min(10).max(500),
  dekLimit: z.number().int().min(10).max(2_000),
  /**
   * The article open last and where the reporter was reading: `anchor` is the body block at the top
   * of the view and how far into it (pixels), which survives layout changes and other machines' edits;
   * `scrollTop` is used when there is no anchor (the view was above the body, or older settings).
   */
  lastOpen: z
    .object({ id: articleIdSchema, scrollTop: z.number().min(0).max(1e9), anchor: z.object({ block: z.number().int().min(0).max(1e7), offset: z.number().min(0).max(1e9) }).optional() })
    .nullable(),
  /** Which quotes the publish checklist requires evidence for (older settings files: none, from the defaults). */
  evidenceRequirement: z.enum(evidenceRequirements),
});
export type Settings = z.infer<typeof settingsSchema>;

export const conflictChoiceSchema = z.object({
  id: articleIdSchema,
  choice: z.enum(['reload-theirs', 'keep-mine-as-copy']),
  mine: articleSchema,
});

const idArg = z.object({ id: articleIdSchema });
const revisionArg = z.object({ id: articleIdSchema, revisionId: z.string().regex(/^[A-Za-z0-9._-]{1,120}$/) });

/**
 * True for a link Copydesk may hand to the system browser: a well-formed http or https address
 * (no javascript:, file:, custom schemes or mailto:, which could start other programs).
 */
export function isExternalHref(href: string): boolean {
  return isSafeHref(href) && /^https?:\/\//i.test(href);
}

/** Whether private source fields are encrypted at rest on this computer. */
export interface Privacy {
  isEncryptionAvailable: boolean;
}

/** One imported file: what it became, or why it was refused. */
export type ImportOutcome =
  | { ok: true; fileName: string; id: string; headline: string; report: ImportReportView }
  | { ok: false; fileName: string; reason: string };

/** The parts of an import report the UI shows. */
export interface ImportReportView {
  format: string;
  fields: { field: string; value: string }[];
  paragraphs: number;
  dropped: { item: string; reason: string }[];
  warnings: string[];
  quotes: number | null;
  proposedSources: { name: string; title: string; level: string }[];
}

/** One exported article: where it went, or why not. */
export type ExportOutcome =
  | { ok: true; id: string; headline: string; fileName: string }
  | { ok: false; id: string; headline: string; reason: string };

/** The "Newsroom server" setting as the window sees it: never the token itself. */
export interface NewsroomView {
  serverUrl: string | null;
  hasToken: boolean;
  /** The name the server knows the token by, once it has said. */
  user: string | null;
  /** The connection: not configured, signed out (with the reason), offline or connected ("synced"). */
  status: SyncStatus;
  /** False when this computer has no keychain and the token is stored unencrypted. */
  isTokenEncrypted: boolean;
}

/** One shared story the signed-in person may open, for the library's "Shared" list. */
export interface SharedStoryRow {
  storyId: string;
  owner: string;
  grantees: Grantees;
  /** Who has it open now; empty while offline. */
  present: string[];
  /** The headline of this machine's copy, or null when it has never been opened here. */
  headline: string | null;
}

/** A shared story as the window joins it: the full Yjs states to start its replicas from. */
export interface JoinedStory {
  /** `Y.encodeStateAsUpdate` of the story document, base64. */
  story: string;
  /** `Y.encodeStateAsUpdate` of the server-written ledger (who wrote what), base64. */
  ledger: string;
  status: SyncStatus;
  /** This person's name on the server, for their caret and for log entries before the server confirms them. */
  user: string | null;
}

/** A Yjs or awareness update as it crosses IPC: base64 (plain string data, no binary). */
export const base64UpdateSchema = z.string().max(48 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'a base64 update');

/** Largest file accepted by `importData` (base64 of a 50 MB .docx). */
export const maxImportDataLength = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4;
const noArg = z.undefined();

/**
 * Every call the renderer can make of main. One argument, plain data; articles are addressed
 * by id and no method accepts a file path.
 */
export interface CopydeskApi {
  getLibrary(query: LibraryQuery): Promise<LibraryListing>;
  /** Body text around the search match for a few listed articles (the visible rows), read from their files. */
  getSnippets(arg: z.infer<typeof snippetRequestSchema>): Promise<RowSnippet[]>;
  createArticle(arg: { headline: string }): Promise<Article>;
  openArticle(arg: { id: string }): Promise<OpenedArticle>;
  saveArticle(arg: { article: Article; isExplicit: boolean }): Promise<SaveResult>;
  resolveConflict(arg: z.infer<typeof conflictChoiceSchema>): Promise<{ article: Article; copy: Article | null }>;
  discardRecovery(arg: { id: string }): Promise<void>;
  duplicateArticle(arg: { id: string }): Promise<Article>;
  renameArticle(arg: { id: string; slug: string }): Promise<Article>;
  trashArticle(arg: { id: string }): Promise<void>;
  listRevisions(arg: { id: string }): Promise<RevisionSummary[]>;
  restoreRevision(arg: { id: string; revisionId: string }): Promise<Article>;
  /** Reads one revision of an article as it was saved, so the UI can show what restoring it would change. */
  readRevision(arg: { id: string; revisionId: string }): Promise<Article>;
  getSettings(arg: undefined): Promise<Settings>;
  updateSettings(arg: Partial<Settings>): Promise<Settings>;
  chooseWorkspace(arg: undefined): Promise<LibraryListing | null>;
  /** Publishes the saved article: checks it, asks where to write the HTML, and marks it published. */
  exportArticle(arg: { id: string; confirmedWarningIds: string[] }): Promise<{ article: Article; fileName: string } | null>;
  /** Publishes several articles into a folder chosen in a dialog; progress arrives as events. */
  exportArticles(arg: { ids: string[] }): Promise<ExportOutcome[] | null>;
  /** Imports files chosen in a native dialog; progress arrives as events. */
  importFiles(arg: undefined): Promise<ImportOutcome[] | null>;
  /** Imports a file dropped on the window, sent as base64. */
  importData(arg: { name: string; dataBase64: string }): Promise<ImportOutcome>;
  /** Opens an http or https link the user clicked in the system browser; anything else is refused. */
  openLink(arg: { href: string }): Promise<void>;
  /** Whether contact notes and identities are encrypted on disk here, so the UI can say when they are not. */
  getPrivacy(arg: undefined): Promise<Privacy>;
  /** The workspace's house style (`.copydesk/style.json`), or the defaults with the reason the file could not be used. */
  getStylePack(arg: undefined): Promise<StylePackResult>;
  /** The newsroom server setting and connection (never the token). */
  getNewsroom(arg: undefined): Promise<NewsroomView>;
  /** Sets (or, with a null address, removes) the newsroom server; an omitted token keeps the stored one. */
  setNewsroom(arg: { serverUrl: string | null; token?: string }): Promise<NewsroomView>;
  /** Shares the saved article through the newsroom server with the named people or the whole newsroom. */
  shareStory(arg: { id: string; grantees: Grantees }): Promise<SharedStoryRow>;
  /** The shared stories this person may open, with who is in each now (only stories known here when offline). */
  listSharedStories(arg: undefined): Promise<SharedStoryRow[]>;
  /** Brings a story shared with this person into the workspace as its own `.article.json`, so it opens like any other. */
  fetchSharedStory(arg: { id: string }): Promise<void>;
  /** Starts relaying a shared story to this window; null when the article is not shared. */
  joinStory(arg: { id: string }): Promise<JoinedStory | null>;
  /** Stops relaying a story to this window (its edits stay on disk and sync when it is opened again). */
  leaveStory(arg: { id: string }): Promise<void>;
  /** A Yjs update made in this window, for main to log, apply and send. */
  sendStoryUpdate(arg: { id: string; update: string }): Promise<void>;
  /** An awareness update (this window's caret and name) for the other people in the story. */
  sendPresence(arg: { id: string; update: string }): Promise<void>;
}

/** The method names, which are also the IPC channel names. */
export const apiMethods = [
  'getLibrary',
  'getSnippets',
  'createArticle',
  'openArticle',
  'saveArticle',
  'resolveConflict',
  'discardRecovery',
  'duplicateArticle',
  'renameArticle',
  'trashArticle',
  'listRevisions',
  'restoreRevision',
  'readRevision',
  'getSettings',
  'updateSettings',
  'chooseWorkspace',
  'exportArticle',
  'exportArticles',
  'importFiles',
  'importData',
  'openLink',
  'getPrivacy',
  'getStylePack',
  'getNewsroom',
  'setNewsroom',
  'shareStory',
  'listSharedStories',
  'fetchSharedStory',
  'joinStory',
  'leaveStory',
  'sendStoryUpdate',
  'sendPresence',
] as const satisfies readonly (keyof CopydeskApi)[];

export type ApiMethod = (typeof apiMethods)[number];
export type ApiArg<M extends ApiMethod> = Parameters<CopydeskApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<CopydeskApi[M]>>;

/** The zod schema that validates each method's argument in main before the handler runs. */
export const apiArgSchemas = {
  getLibrary: libraryQuerySchema,
  getSnippets: snippetRequestSchema,
  createArticle: z.object({ headline: z.string().max(2_000) }),
  openArticle: idArg,
  saveArticle: z.object({ article: articleSchema, isExplicit: z.boolean() }),
  resolveConflict: conflictChoiceSchema,
  discardRecovery: idArg,
  duplicateArticle: idArg,
  renameArticle: z.object({ id: articleIdSchema, slug: slugSchema }),
  trashArticle: idArg,
  listRevisions: idArg,
  restoreRevision: revisionArg,
  readRevision: revisionArg,
  getSettings: noArg,
  updateSettings: settingsSchema.partial().strict(),
  chooseWorkspace: noArg,
  exportArticle: z.object({ id: articleIdSchema, confirmedWarningIds: z.array(z.string().max(200)).max(200) }),
  exportArticles: z.object({ ids: z.array(articleIdSchema).min(1).max(100_000) }),
  importFiles: noArg,
  importData: z.object({ name: z.string().min(1).max(255).regex(/^[^/\\\u0000]+$/, 'a file name, not a path'), dataBase64: z.string().max(maxImportDataLength) }),
  openLink: z.object({ href: z.string().max(2_048).refine(isExternalHref, 'only http and https links open outside Copydesk') }),
  getPrivacy: noArg,
  getStylePack: noArg,
  getNewsroom: noArg,
  setNewsroom: z.object({ serverUrl: z.string().min(1).max(2_048).nullable(), token: z.string().min(1).max(500).optional() }).strict(),
  shareStory: z.object({ id: articleIdSchema, grantees: granteesSchema }),
  listSharedStories: noArg,
  fetchSharedStory: idArg,
  joinStory: idArg,
  leaveStory: idArg,
  sendStoryUpdate: z.object({ id: articleIdSchema, update: base64UpdateSchema }),
  sendPresence: z.object({ id: articleIdSchema, update: base64UpdateSchema.max(64 * 1024) }),
} satisfies { [M in ApiMethod]: z.ZodType<ApiArg<M>> };

/** Events main pushes to the renderer, with their payloads. */
export interface CopydeskEvents {
  /** An open article's file changed on disk (another program wrote it) or was deleted. */
  'article-changed-on-disk': { id: string; isDeleted: boolean };
  /** The set of articles or their summaries changed. */
  'library-changed': Record<string, never>;
  /** A menu item or accelerator that the renderer acts on. */
  menu: { command: MenuCommand };
  /** Progress of a batch import or export. */
  progress: { task: 'import' | 'export'; done: number; total: number; label: string };
  /** Yjs updates to a joined shared story (or its ledger) from the other machines, base64. */
  'story-update': { id: string; doc: 'story' | 'ledger'; update: string };
  /** Awareness updates (carets and names) from the other people in a joined story, base64. */
  'story-presence': { id: string; update: string };
  /** A joined story's sync status changed. */
  'story-status': { id: string; status: SyncStatus };
  /** The newsroom connection was made, lost or refused, or its setting changed. */
  'newsroom-changed': { newsroom: NewsroomView };
}

export const menuCommands = ['new-article', 'save', 'export', 'find', 'import', 'focus-mode'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const eventNames = ['article-changed-on-disk', 'library-changed', 'menu', 'progress', 'story-update', 'story-presence', 'story-status', 'newsroom-changed'] as const satisfies readonly (keyof CopydeskEvents)[];
export type EventName = (typeof eventNames)[number];

/** What every IPC call returns across the wire. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** The object the preload script puts on `window.copydesk`. */
export type CopydeskBridge = {
  [M in ApiMethod]: (arg: ApiArg<M>) => Promise<Envelope<ApiResult<M>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: CopydeskEvents[E]) => void): () => void;
};

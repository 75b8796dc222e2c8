import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../../shared/article/model';
import { generateArticle, specForWords } from '../fixtures/article';
import { generatedDir, writeArticle } from '../fixtures/corpus';
import { quoteWords, sentence } from '../fixtures/prose';
import { Random } from '../fixtures/random';
import { run } from '../core/tools';
import { bareDir, bareDocument, ensureBarePageBuilt } from './bare';

const repoRoot = join(import.meta.dirname, '..', '..');

const keySchema = z.object({ key: z.string(), toDom: z.number().nullable(), toFrame: z.number().nullable(), toFrameEnd: z.number().nullable() });
const reportSchema = z.object({
  keys: z.array(keySchema),
  slowEvents: z.array(z.object({ name: z.string(), duration: z.number(), inputDelay: z.number(), processing: z.number() })),
  longTasks: z.array(z.number()),
});
const outputSchema = z.object({
  open: z.array(z.object({ words: z.number(), samples: z.array(z.number()), painted: z.array(z.number()) })),
  bareOpen: z.object({ words: z.number(), samples: z.array(z.number()), painted: z.array(z.number()) }).nullable(),
  typing: z.array(
    z.object({
      tab: z.string(), round: z.number(), report: reportSchema, profile: z.string().nullable(),
      work: z.object({ keys: z.number(), keyTaskMs: z.number(), forcedLayoutMs: z.number(), frameMs: z.number(), hitTestMs: z.number(), styleMs: z.number(), frameLayoutMs: z.number(), paintMs: z.number(), layerizeMs: z.number(), otherMs: z.number() }).nullable(),
      analyses: z.array(z.object({ analyseMs: z.number(), roundTripMs: z.number(), paragraphs: z.number() })),
    }),
  ),
  heap: z.object({ scratchOpen: z.number(), articleOpen: z.number(), afterTyping: z.number() }),
  externalRequests: z.number(),
  userAgent: z.string(),
});
/** Raw samples from the browser process. */
export type UiOutput = z.infer<typeof outputSchema>;

/** What the browser run measures. */
export interface UiOptions {
  /** Article sizes to open (words). */
  sizes: number[];
  /** Size typed into; must be one of `sizes`. */
  typingWords: number;
  /** Keys recorded per typing condition, over all rounds. */
  keys: number;
  openRuns: number;
  tabs: string[];
  /** Typing rounds: each types its share of the keys into bare TipTap and with each tab open, the order rotating by round. */
  rounds: number;
  /** Also type into bare TipTap (StarterKit only) holding a document of the same size. */
  hasBaseline: boolean;
  profileDir: string | null;
  /** Folder for the article files and exchange files. */
  dir?: string;
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Builds the renderer (`npx electron-vite build`) unless `out/renderer` is newer than its sources. */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<void> {
  const built = await stat(join(repoRoot, 'out', 'renderer', 'index.html')).then((info) => info.mtimeMs, () => 0);
  const sources = Math.max(await newestMtime(join(repoRoot, 'renderer')), await newestMtime(join(repoRoot, 'shared')));
  if (built > sources) return;
  log('building the renderer (npx electron-vite build)…');
  await run('npx', ['electron-vite', 'build'], { cwd: repoRoot });
}

/** Keys typed unrecorded at the start of each round of each typing condition, so recording starts in a typing editor. */
export const warmupKeys = 3;

/** About `length` characters of news copy with a straight-quoted phrase, so smart quotes run too. */
export function typingText(length: number, seed = 5): string {
  const random = new Random(seed);
  let text = '';
  while (text.length < length) text += ` ${sentence(random)} Officials said "${quoteWords(random)}" on the record.`;
  return text.slice(0, length);
}

function expectation(article: Article, file: string, words: number) {
  const blocks = article.body.content ?? [];
  return { file, words, headline: article.headline, blocks: blocks.length, pullQuotes: blocks.filter((block) => block.type === 'pullQuote').length };
}

/**
 * Runs the browser half in its own process (it type-checks with DOM types) and returns its raw,
 * validated samples: open times per size, per-keystroke timings per tab, and the JS heap.
 */
export async function runUi(options: UiOptions): Promise<UiOutput> {
  const dir = options.dir ?? join(generatedDir, 'ui');
  await mkdir(dir, { recursive: true });
  const articles = [];
  let bare: { dir: string; documentFile: string } | null = null;
  for (const words of options.sizes) {
    const article = generateArticle({ ...specForWords(words), headline: `Benchmark story of ${words} words`, slug: `benchmark-${words}-words` });
    articles.push(expectation(article, await writeArticle(dir, article), words));
    if (words === options.typingWords && options.hasBaseline) {
      const documentFile = join(dir, 'bare-document.json');
      await writeFile(documentFile, JSON.stringify(bareDocument(article.body)));
      bare = { dir: bareDir, documentFile };
    }
  }
  if (bare) await ensureBarePageBuilt(() => undefined);
  const scratchArticle = generateArticle({ words: 20, quotes: 0, pullQuotes: 0, seed: 3, headline: 'Benchmark scratch note', slug: 'benchmark-scratch' });
  const scratch = expectation(scratchArticle, await writeArticle(dir, scratchArticle), 20);
  const typingIndex = options.sizes.indexOf(options.typingWords);
  if (typingIndex < 0) throw new RangeError(`the typing size ${options.typingWords} is not among the sizes ${options.sizes.join(', ')}`);
  const out = join(dir, 'browser-output.json');
  const config = { articles, scratch, typingIndex, openRuns: options.openRuns, text: typingText(options.keys + options.rounds * warmupKeys), warmupKeys, tabs: options.tabs, rounds: options.rounds, bare, profileDir: options.profileDir, out };
  const configPath = join(dir, 'browser-config.json');
  await writeFile(configPath, JSON.stringify(config));
  await run('npx', ['tsx', 'bench/browser/main.ts', configPath], { cwd: repoRoot });
  return outputSchema.parse(JSON.parse(await readFile(out, 'utf8')));
}

/** How the library list is scrolled: `jump` a screen per frame (a dragged scrollbar), `wheel` mouse-wheel input. */
export type ScrollMode = 'jump' | 'wheel';

/** When the scroll starts: once the library's start-up work is done, or as soon as every row is listed. */
export type ScrollWhen = 'idle' | 'starting';

const activitySchema = z.object({ folderScan: z.boolean(), checkingFolder: z.boolean(), indexBuilding: z.boolean() });
const mainWindowSchema = z.object({ cpuMs: z.number(), wallMs: z.number(), atStart: activitySchema, atEnd: activitySchema });

/** Main's CPU over one recording of frames, and what its library was busy with at each end. */
export type MainWindow = z.infer<typeof mainWindowSchema>;

const scrollSchema = z.object({
  frames: z.array(z.number()), idleFrames: z.array(z.number()), maxRows: z.number(), scrollTop: z.number(), scrollHeight: z.number(),
  breakdown: z.record(z.string(), z.number()).nullable(),
  main: z.object({ still: mainWindowSchema, scrolling: mainWindowSchema, listedMs: z.number(), idleMs: z.number() }),
});

/**
 * Scrolls the library list of a `count`-article corpus in Chromium (`jump`: a screen of rows per
 * frame, as a dragged scrollbar does; `wheel`: mouse-wheel input) and returns the frame durations
 * (ms), the same page's frames when still, the most rows the DOM held at once, main's CPU and
 * library activity in both windows and, with a `trace` path, the renderer's main-thread ms per
 * frame by kind of work. `when` (default `idle`) says whether the scroll waits for the library's
 * start-up work to finish.
 */
export async function runLibraryScroll(
  workspaceDir: string, count: number, frames: number,
  options: { mode?: ScrollMode; when?: ScrollWhen; trace?: string | null; dir?: string } = {},
): Promise<z.infer<typeof scrollSchema>> {
  const dir = options.dir ?? join(generatedDir, 'ui');
  await mkdir(dir, { recursive: true });
  const out = join(dir, 'scroll-output.json');
  const configPath = join(dir, 'scroll-config.json');
  await writeFile(configPath, JSON.stringify({ workspaceDir, count, frames, mode: options.mode ?? 'jump', when: options.when ?? 'idle', trace: options.trace ?? null, out }));
  await run('npx', ['tsx', 'bench/browser/scroll.ts', configPath], { cwd: repoRoot });
  return scrollSchema.parse(JSON.parse(await readFile(out, 'utf8')));
}

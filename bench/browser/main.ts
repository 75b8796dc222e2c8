/**
 * The browser half of `npm run bench`, run in its own process by `bench/suites/ui.ts`:
 * `tsx bench/browser/main.ts <config.json>`. Opens articles through the library, then types in
 * rounds: into bare TipTap (StarterKit only) holding a document of the same size, and into the
 * big article with each side-panel tab open, alternating so that all are measured under the same
 * load. Reads the JS heap and writes raw samples to `config.out` for the parent to summarise.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProbeReport } from './probe';
import { openBarePage, timeBareOpen } from './barePage';
import { startSession } from './session';
import { timeOpen, type OpenExpectation } from './open';
import type { KeyWork } from '../core/keyWork';
import { analysisTimings, heapUsed, typeAndMeasure, type AnalysisTiming } from './typing';

interface SizedArticle extends OpenExpectation {
  file: string;
  words: number;
}

/** What the parent asks for. */
interface BrowserConfig {
  articles: SizedArticle[];
  /** A tiny article opened between measured opens, so each measured open starts from the same state. */
  scratch: SizedArticle;
  /** Index into `articles` of the article typed into. */
  typingIndex: number;
  openRuns: number;
  text: string;
  /** Keys typed unrecorded at the start of every round of every condition (taken from the round's part of `text`). */
  warmupKeys: number;
  tabs: string[];
  /** Typing rounds; each types its share of `text` (its first keys unrecorded) into bare TipTap and with each tab open, in an order that rotates by round. */
  rounds: number;
  /** The bare TipTap baseline: its built page and the same document in StarterKit's schema; none when null. */
  bare: { dir: string; documentFile: string } | null;
  /** Folder for CPU profiles of the typing runs; none when null. */
  profileDir: string | null;
  out: string;
}

/** What the parent receives. */
interface BrowserOutput {
  /** Per size: click → editable (`samples`) and click → the next frame drawn (`painted`), ms. */
  open: { words: number; samples: number[]; painted: number[] }[];
  /** Bare TipTap making an editor for the typed article's document in the same runs: to the next frame and the one after it, ms. */
  bareOpen: { words: number; samples: number[]; painted: number[] } | null;
  typing: { tab: string; round: number; report: ProbeReport; profile: string | null; work: KeyWork | null; analyses: AnalysisTiming[] }[];
  heap: { scratchOpen: number; articleOpen: number; afterTyping: number };
  externalRequests: number;
  userAgent: string;
}

/** How the bare TipTap runs are labelled in the output. */
const bareLabel = 'bare TipTap';

/** `text` cut into `rounds` consecutive parts, each typed once per condition in its round. */
function roundTexts(text: string, rounds: number): string[] {
  const share = Math.ceil(text.length / rounds);
  return Array.from({ length: rounds }, (_, round) => text.slice(round * share, (round + 1) * share));
}

/** `items` starting at `by` (mod its length): round r of the typing starts with condition r. */
function rotate<T>(items: readonly T[], by: number): T[] {
  const start = items.length ? by % items.length : 0;
  return [...items.slice(start), ...items.slice(0, start)];
}

async function main(configPath: string): Promise<void> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as BrowserConfig;
  const target = config.articles[config.typingIndex];
  if (!target) throw new RangeError(`typingIndex ${config.typingIndex} is outside the ${config.articles.length} articles`);
  const session = await startSession([config.scratch.file, ...config.articles.map((article) => article.file)]);
  try {
    const { page } = session;
    const cdp = await page.context().newCDPSession(page);
    const open = config.articles.map((article) => ({ words: article.words, samples: [] as number[], painted: [] as number[] }));
    const bareDocument: unknown = config.bare ? JSON.parse(await readFile(config.bare.documentFile, 'utf8')) : null;
    const bare = config.bare ? await openBarePage(session.browser, config.bare.dir, bareDocument) : null;
    const bareOpen = bare ? { words: target.words, samples: [] as number[], painted: [] as number[] } : null;
    await page.bringToFront();
    for (let run = 0; run < config.openRuns; run += 1) {
      for (const [index, article] of config.articles.entries()) {
        await timeOpen(page, config.scratch);
        const timing = await timeOpen(page, article);
        open[index]?.samples.push(timing.editable);
        open[index]?.painted.push(timing.painted);
      }
      // The same document in bare TipTap, alternating with Copydesk's opens so both see the same load.
      if (bare && bareOpen) {
        await bare.bringToFront();
        const timing = await timeBareOpen(bare, bareDocument);
        bareOpen.samples.push(timing.editable);
        bareOpen.painted.push(timing.painted);
        await page.bringToFront();
      }
    }
    await timeOpen(page, config.scratch);
    await page.waitForTimeout(1_000);
    const scratchOpen = await heapUsed(cdp);
    await timeOpen(page, target);
    await page.waitForTimeout(2_000);
    const articleOpen = await heapUsed(cdp);
    const typing: BrowserOutput['typing'] = [];
    const conditions = [...(bare ? [{ tab: bareLabel, target: bare }] : []), ...config.tabs.map((tab) => ({ tab, target: page }))];
    for (const [round, text] of roundTexts(config.text, config.rounds).entries()) {
      // Each round starts with the next condition, so no condition always types first (or right after the same other one).
      for (const { tab, target: typed } of rotate(conditions, round)) {
        const isBare = typed === bare;
        const profiler = config.profileDir ? (isBare ? await typed.context().newCDPSession(typed) : cdp) : null;
        if (!isBare) await analysisTimings(typed);
        const tracer = config.profileDir ? session.browser : null;
        const plan = { warmup: text.slice(0, config.warmupKeys), text: text.slice(config.warmupKeys), seed: 17 + round, tab: isBare ? null : tab };
        const { report, profile, work } = await typeAndMeasure(typed, plan, profiler, tracer);
        const analyses = isBare ? [] : await analysisTimings(typed);
        const profilePath = config.profileDir ? join(config.profileDir, `typing-${tab.toLowerCase().replace(/\W+/g, '-')}-${round + 1}.cpuprofile`) : null;
        if (profilePath) await writeFile(profilePath, JSON.stringify(profile));
        typing.push({ tab, round, report, profile: profilePath, work, analyses });
      }
    }
    await bare?.close();
    await page.bringToFront();
    const afterTyping = await heapUsed(cdp);
    const output: BrowserOutput = {
      open,
      bareOpen,
      typing,
      heap: { scratchOpen, articleOpen, afterTyping },
      externalRequests: session.externalRequests.length,
      userAgent: await page.evaluate(() => navigator.userAgent),
    };
    await writeFile(config.out, JSON.stringify(output));
  } finally {
    await session.close();
  }
}

const configPath = process.argv[2];
if (!configPath) {
  process.stderr.write('usage: tsx bench/browser/main.ts <config.json>\n');
  process.exitCode = 2;
} else {
  main(configPath).catch((error: unknown) => {
    process.stderr.write(`bench/browser: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}

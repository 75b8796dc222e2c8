/**
 * The library-scroll half of the browser benchmark: `tsx bench/browser/scroll.ts <config.json>`.
 * Opens the app over a folder of articles, waits for the list, then scrolls the library list and
 * records each frame's duration from requestAnimationFrame timestamps, and the rows in the DOM.
 * Two kinds of scroll, both through real input or the scroll position a scrollbar sets:
 * - `jump`: the scroll position moves a screen of rows every frame, as dragging the scrollbar
 *   of a long list does (at the end of the list it jumps back to the top, so every frame
 *   brings new rows into view);
 * - `wheel`: mouse-wheel events (Chromium input, as a person's wheel sends them) of 120 px,
 *   sent one after another as fast as the browser takes them.
 * By default the scroll starts once main's library has finished its start-up work (reading the
 * folder, checking it, building the search index): the bench's fresh data folder makes every run
 * a cold start, and that work, running in this process, took most of a core during the scroll.
 * `when: 'starting'` scrolls as soon as every row is listed, the case of a reporter scrolling
 * during a cold start. Main's CPU (this process) over each recording is reported beside the frames.
 * Before that, as a same-run baseline, as many frames of the same page not scrolling. With a
 * `trace` path, the scroll is recorded in a Chromium trace and the main thread's time per frame
 * is broken down by kind of work (script, style, layout, paint, GC) into `breakdown`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { MainWindow, ScrollMode, ScrollWhen } from '../suites/ui';
import { startSession, type AppSession } from './session';

interface ScrollConfig {
  workspaceDir: string;
  count: number;
  frames: number;
  mode: ScrollMode;
  /** Where to write the Chromium trace of the scroll; none when null. */
  trace: string | null;
  /**
   * `idle`: scroll once the library has finished its start-up work (folder read, folder check,
   * search index build), as a reporter does on any start after the first; `starting`: as soon as
   * every row is listed, while that work may still run (a reporter scrolling during a cold start).
   */
  when: ScrollWhen;
  out: string;
}

/** What main's library was doing, from its listing: the background work a start leaves running. */
type LibraryActivity = MainWindow['atStart'];

type ScrollWindow = Window & { __scrollDone?: boolean };

/** Trace event names grouped into the parts of a frame's main-thread work. */
const categories: Record<string, string> = {
  FunctionCall: 'script', EventDispatch: 'script', TimerFire: 'script', FireAnimationFrame: 'script', RunMicrotasks: 'script', 'v8.callFunction': 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint', UpdateLayer: 'paint',
  MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc', 'V8.GC_MARK_COMPACTOR': 'gc', 'BlinkGC.AtomicPhase': 'gc',
};

interface TraceEvent { name: string; ph: string; dur?: number; tdur?: number; ts: number; pid: number; tid: number; args?: { name?: string } }

/**
 * CPU milliseconds per frame of each kind of main-thread work (the thread's own time, `tdur`, so
 * time the thread waited for a core on a loaded machine is not counted), plus `total` (every
 * task). Nested work counts once, for its own kind: a script's forced layout counts as layout.
 */
export function frameBreakdown(events: readonly TraceEvent[], frames: number): Record<string, number> {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return {};
  const cpu = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined && event.name in categories);
  onMain.sort((a, b) => a.ts - b.ts);
  const totals: Record<string, number> = {};
  // Time inside a kind's event counts once for that kind, even when it nests events of another kind
  // (a script's forced layout counts as layout, subtracted from the script).
  const stack: { event: TraceEvent; kind: string; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= until) {
      const done = stack.pop() as { event: TraceEvent; kind: string; child: number };
      const own = cpu(done.event) - done.child;
      totals[done.kind] = (totals[done.kind] ?? 0) + own / 1000;
      const parent = stack[stack.length - 1];
      if (parent) parent.child += cpu(done.event);
    }
  };
  for (const event of onMain) {
    close(event.ts);
    stack.push({ event, kind: categories[event.name] as string, end: event.ts + (event.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  totals.total = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.name === 'RunTask').reduce((sum, event) => sum + cpu(event), 0) / 1000;
  return Object.fromEntries(Object.entries(totals).map(([kind, ms]) => [kind, ms / frames]));
}

async function recordFrames(page: Page, frames: number, isScrolling: boolean, mode: ScrollMode): Promise<{ frames: number[]; maxRows: number }> {
  return page.evaluate(async ({ frames, isScrolling, isJump }) => {
    const host = window as ScrollWindow;
    const scroller = document.querySelector<HTMLElement>('.library-scroller');
    if (!scroller) throw new Error('no library list');
    host.__scrollDone = false;
    const step = scroller.clientHeight;
    // Read once: reading the scroll height in a frame would force the layout that frame's new rows need, inside this probe.
    const lastTop = scroller.scrollHeight - scroller.clientHeight;
    let top = scroller.scrollTop;
    const times: number[] = [];
    let maxRows = 0;
    await new Promise<void>((resolve) => {
      let last = 0;
      const tick = (time: number) => {
        if (last) times.push(time - last);
        last = time;
        if (isScrolling) maxRows = Math.max(maxRows, scroller.querySelectorAll('li').length);
        if (times.length >= frames) return resolve();
        if (isScrolling && isJump) {
          top = top >= lastTop - 1 ? 0 : Math.min(lastTop, top + step);
          scroller.scrollTop = top;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    host.__scrollDone = true;
    return { frames: times, maxRows };
  }, { frames, isScrolling, isJump: mode === 'jump' });
}

/** Sends wheel events over the list until the page has recorded its frames. */
async function wheelUntilDone(page: Page): Promise<void> {
  const box = await page.locator('.library-scroller').boundingBox();
  if (!box) throw new Error('the library list is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (;;) {
    if (await page.evaluate(() => (window as ScrollWindow).__scrollDone === true)) return;
    await page.mouse.wheel(0, 120);
  }
}

async function libraryActivity(session: AppSession): Promise<LibraryActivity> {
  const listing = await session.main.api.getLibrary({ search: '', status: 'all', sort: 'updated', limit: 0 });
  return { folderScan: listing.folderScan !== undefined, checkingFolder: listing.isCheckingFolder === true, indexBuilding: listing.index.state === 'building' };
}

const isBusy = (activity: LibraryActivity) => activity.folderScan || activity.checkingFolder || activity.indexBuilding;

/** Waits until main's library has no start-up work left (checked every 100 ms). */
async function waitForIdleLibrary(session: AppSession): Promise<void> {
  while (isBusy(await libraryActivity(session))) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Runs `record` and measures main's CPU (this process, worker threads included) while it runs. */
async function measureMain<T>(session: AppSession, record: () => Promise<T>): Promise<[T, MainWindow]> {
  const atStart = await libraryActivity(session);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await record();
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  return [value, { cpuMs: (used.user + used.system) / 1000, wallMs, atStart, atEnd: await libraryActivity(session) }];
}

async function main(configPath: string): Promise<void> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as ScrollConfig;
  const opened = performance.now();
  const session = await startSession([], { workspaceDir: config.workspaceDir });
  try {
    const { page, browser } = session;
    await page.getByRole('status').filter({ hasText: `${config.count.toLocaleString('en')} articles` }).first().waitFor({ timeout: 600_000 });
    await page.locator('.library-row:not(.is-pending)').first().waitFor();
    const startupMs = performance.now() - opened;
    if (config.when === 'idle') await waitForIdleLibrary(session);
    const idleAfterMs = performance.now() - opened;
    // Same-run baseline: frame times of the same page left still, i.e. what the machine's load alone costs a frame.
    const [idle, mainStill] = await measureMain(session, () => recordFrames(page, config.frames, false, config.mode));
    if (config.trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.gc'] });
    const [scrolled, mainScrolling] = await measureMain(session, async () => {
      const recording = recordFrames(page, config.frames, true, config.mode);
      if (config.mode === 'wheel') {
        await page.waitForFunction(() => (window as ScrollWindow).__scrollDone === false);
        await wheelUntilDone(page);
      }
      return recording;
    });
    let breakdown: Record<string, number> | null = null;
    if (config.trace) {
      const trace = await browser.stopTracing();
      await writeFile(config.trace, trace);
      breakdown = frameBreakdown((JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents, scrolled.frames.length);
    }
    const position = await page.locator('.library-scroller').evaluate((scroller) => ({ scrollTop: scroller.scrollTop, scrollHeight: scroller.scrollHeight }));
    await writeFile(config.out, JSON.stringify({ frames: scrolled.frames, idleFrames: idle.frames, maxRows: scrolled.maxRows, ...position, breakdown, main: { still: mainStill, scrolling: mainScrolling, listedMs: startupMs, idleMs: idleAfterMs } }));
  } finally {
    await session.close();
  }
}

const configPath = process.argv[2];
if (!configPath) {
  process.stderr.write('usage: tsx bench/browser/scroll.ts <config.json>\n');
  process.exitCode = 2;
} else {
  main(configPath).catch((error: unknown) => {
    process.stderr.write(`bench/browser/scroll: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}

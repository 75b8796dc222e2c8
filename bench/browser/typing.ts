import type { Browser, CDPSession, Page } from '@playwright/test';
import { keyWork, type KeyWork, type TraceEvent } from '../core/keyWork';
import { installTypingProbe, readProbe, setRecording, type ProbeReport } from './probe';

/** How one typing run goes: what is typed, and the seed of its human-like pauses. */
export interface TypingPlan {
  /** Typed unrecorded first, with the same pauses, so every condition's recorded keys start from a typing editor (not a click). */
  warmup: string;
  text: string;
  seed: number;
  /** Copydesk's side-panel tab to open first (`Sources`, `Review`), or null for a page without tabs (the bare baseline). */
  tab: string | null;
}

/** Pause before each keystroke: mostly 45–110 ms, longer after words (sometimes past the analyser's 300 ms idle delay) and now and then past the 800 ms autosave delay. */
export function pauses(text: string, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  return [...text].map((char, index) => {
    if (index > 0 && index % 45 === 0) return 820 + next() * 160;
    if (char === ' ' && next() < 0.25) return 300 + next() * 120;
    return 45 + next() * 65;
  });
}

/** Puts the caret at the end of a paragraph in the middle of the body. */
async function placeCaretMidDocument(page: Page): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  const paragraphs = body.locator(':scope > p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('End');
}

/** Trace categories that give each task, event dispatch, layout, paint and hit test its CPU time. */
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.gc'];

/**
 * Types `plan.text` into the middle of the open article through the real keyboard path
 * (Chromium input events), with the probe recording every keystroke, and returns what it saw.
 * With a CDP session, also records a CPU profile of the run; with a browser, also a Chromium
 * trace, read into the main thread's CPU per keystroke (`keyWork`).
 */
export async function typeAndMeasure(page: Page, plan: TypingPlan, profiler: CDPSession | null, tracer: Browser | null = null): Promise<{ report: ProbeReport; profile: unknown; work: KeyWork | null }> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  if (plan.tab) {
    const tab = page.getByRole('tab', { name: plan.tab });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }
  // A tab's panel is drawn when it is chosen: that is not typing, so every condition starts on a quiet page.
  await page.evaluate(waitUntilQuiet);
  await placeCaretMidDocument(page);
  await page.evaluate(installTypingProbe);
  // Every condition starts alike: garbage from the last condition (or the opens) collected, then a few keys typed unrecorded.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await typeWithPauses(page, plan.warmup, plan.seed + 1_000);
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.start');
  }
  if (tracer) await tracer.startTracing(page, { categories: traceCategories });
  await page.evaluate(setRecording, true);
  await typeWithPauses(page, plan.text, plan.seed);
  // The pause work the last keys started (analysis at 200 ms, autosave at 800 ms) ends before the next condition types.
  await page.waitForTimeout(900);
  await page.evaluate(waitUntilQuiet);
  await page.evaluate(setRecording, false);
  const trace = tracer ? await tracer.stopTracing() : null;
  const work = trace ? keyWork((JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents) : null;
  const profile = profiler ? (await profiler.send('Profiler.stop')).profile : null;
  const report = await page.evaluate(readProbe);
  // Letters only: straight quotes typed become curly ones in Copydesk.
  const lastWord = plan.text.match(/[A-Za-z]+/g)?.pop() ?? '';
  const isTyped = await page.getByRole('textbox', { name: 'Article body' }).evaluate((body, word) => (body.textContent ?? '').includes(word), lastWord);
  if (!isTyped) throw new Error(`typing did not reach the document (no "${lastWord}" in the body)`);
  return { report, profile, work };
}

/**
 * Runs in the page: resolves once three idle periods in a row had at least 40 ms to spare (no
 * task, frame or timer due), or after 5 s at most. Code run by `page.evaluate`, so self-contained.
 */
export function waitUntilQuiet(): Promise<void> {
  return new Promise((resolve) => {
    let quietPeriods = 0;
    const giveUp = setTimeout(resolve, 5_000);
    const check = (deadline: IdleDeadline) => {
      quietPeriods = deadline.timeRemaining() >= 40 ? quietPeriods + 1 : 0;
      if (quietPeriods < 3) return void requestIdleCallback(check);
      clearTimeout(giveUp);
      resolve();
    };
    requestIdleCallback(check);
  });
}

async function typeWithPauses(page: Page, text: string, seed: number): Promise<void> {
  const delays = pauses(text, seed);
  for (const [index, char] of [...text].entries()) {
    await page.waitForTimeout(delays[index] ?? 60);
    await page.keyboard.type(char);
  }
}

/** Bytes of JS heap in use after a full garbage collection (CDP `Runtime.getHeapUsage`). */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** One analysis the renderer received while typing: the worker's time and the round trip from sending the changed paragraphs to showing the result. */
export interface AnalysisTiming {
  analyseMs: number;
  roundTripMs: number;
  paragraphs: number;
}

/** The analyses recorded since the last call (User Timing measures `copydesk:analysis`), and clears them. */
export async function analysisTimings(page: Page): Promise<AnalysisTiming[]> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('copydesk:analysis', 'measure') as PerformanceMeasure[];
    performance.clearMeasures('copydesk:analysis');
    return entries.map((entry) => {
      const detail = entry.detail as { analyseMs: number; paragraphs: number };
      return { analyseMs: detail.analyseMs, roundTripMs: entry.duration, paragraphs: detail.paragraphs };
    });
  });
}

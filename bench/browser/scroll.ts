/**
 * The library-scroll half of the browser benchmark: `tsx bench/browser/scroll.ts <config.json>`.
 * Opens the app over a folder of articles, waits for the list, then scrolls the library list by
 * a screen's worth of rows every frame (as a fast flick or a held Page Down does) and records
 * each frame's duration from requestAnimationFrame timestamps, and the rows in the DOM (at the
 * end of the list it jumps back to the top, so every frame brings new rows into view); before
 * that, as a same-run baseline, as many frames of the same page not scrolling.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { startSession } from './session';

interface ScrollConfig {
  workspaceDir: string;
  count: number;
  frames: number;
  out: string;
}

type ScrollWindow = Window & { __frames?: number[]; __maxRows?: number };

async function main(configPath: string): Promise<void> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as ScrollConfig;
  const session = await startSession([], { workspaceDir: config.workspaceDir });
  try {
    const { page } = session;
    await page.getByRole('status').filter({ hasText: `${config.count.toLocaleString('en')} articles` }).first().waitFor({ timeout: 600_000 });
    await page.locator('.library-row:not(.is-pending)').first().waitFor();
    const result = await page.evaluate(async (frames) => {
      const host = window as ScrollWindow;
      const scroller = document.querySelector<HTMLElement>('.library-scroller');
      if (!scroller) throw new Error('no library list');
      // Same-run baseline: frame times of the same page left still, i.e. what the machine's load alone costs a frame.
      const idleFrames: number[] = [];
      await new Promise<void>((resolve) => {
        let last = 0;
        const idle = (time: number) => {
          if (last) idleFrames.push(time - last);
          last = time;
          if (idleFrames.length >= frames) return resolve();
          requestAnimationFrame(idle);
        };
        requestAnimationFrame(idle);
      });
      const step = scroller.clientHeight;
      const times: number[] = [];
      let maxRows = 0;
      await new Promise<void>((resolve) => {
        let last = 0;
        const tick = (time: number) => {
          if (last) times.push(time - last);
          last = time;
          maxRows = Math.max(maxRows, scroller.querySelectorAll('li').length);
          if (times.length >= frames) return resolve();
          // At the end of the list, start again at the top, so a short list keeps scrolling new rows into view too.
          const isAtEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
          scroller.scrollTop = isAtEnd ? 0 : scroller.scrollTop + step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      host.__frames = times;
      return { frames: times, idleFrames, maxRows, scrollTop: scroller.scrollTop, scrollHeight: scroller.scrollHeight };
    }, config.frames);
    await writeFile(config.out, JSON.stringify(result));
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

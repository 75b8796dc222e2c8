import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness';
import { combinations } from './journeys';
import { closeNewsroomScreens } from './newsroomScreens';
import { screens } from './screens';

/** Where `npm run screenshots` writes: one folder per size and theme (gitignored). */
const outDir = join('screenshots');

test('screenshots of every screen at 1440×900 and 1024×700, light and dark', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  for (const { viewport, colorScheme } of combinations) await mkdir(join(outDir, `${viewport.width}x${viewport.height}-${colorScheme}`), { recursive: true });
  try {
    for (const [index, screen] of screens.entries()) {
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.emulateMedia({ colorScheme: 'light' });
      await screen.show(app);
      for (const { viewport, colorScheme } of combinations) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(outDir, `${viewport.width}x${viewport.height}-${colorScheme}`, `${String(index + 1).padStart(2, '0')}-${screen.name}.png`) });
      }
    }
  } finally {
    await closeNewsroomScreens();
  }
});

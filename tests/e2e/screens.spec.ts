import { layoutProblems } from './layout';
import { closeNewsroomScreens } from './newsroomScreens';
import { screens } from './screens';
import { axeViolations, colourRules, expect, test } from './harness';

const sizes = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
];

// Layout is checked at both sizes; axe runs every rule in the light theme and, since only colours
// change between themes, its colour rules again in the dark theme.
test('every screen, at 1024×700 and 1440×900: no control or field is clipped or overflows, and axe-core finds nothing in light or dark', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const problems: string[] = [];
  try {
    for (const screen of screens) {
      await page.setViewportSize(sizes[0]!);
      await screen.show(app);
      for (const size of sizes) {
        await page.setViewportSize(size);
        for (const problem of await layoutProblems(page)) problems.push(`${screen.name} at ${size.width}×${size.height}: ${problem}`);
      }
      for (const violation of await axeViolations(page)) problems.push(`${screen.name}, light: axe ${violation}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const violation of await axeViolations(page, colourRules)) problems.push(`${screen.name}, dark: axe ${violation}`);
      await page.emulateMedia({ colorScheme: 'light' });
    }
  } finally {
    await closeNewsroomScreens();
  }
  expect(problems).toEqual([]);
});

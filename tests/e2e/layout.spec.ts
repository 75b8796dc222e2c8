import { expect, test } from '@playwright/test';
import { layoutProblems } from './layout';

// The layout walk in screens.spec.ts passes only if its check can fail: these pages show it
// reporting what it must report and passing a deliberate, readable '…'.
const page = (body: string) => `<!doctype html><style>body { font: 16px sans-serif; } .box { width: 120px; white-space: nowrap; overflow: hidden; }</style><body>${body}</body>`;
const long = 'A headline far too long for the narrow box it sits in';

test('the layout check reports text cut off without an ellipsis, a control too small for its label and an ellipsis too narrow to read', async ({ page: browser }) => {
  await browser.setContent(page(`<span class="box" style="display:block" id="cut">${long}</span><button style="width:60px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${long}</button><span class="box" style="display:block;width:20px;text-overflow:ellipsis" id="tiny">${long}</span>`));
  const problems = await layoutProblems(browser);
  expect(problems.some((problem) => problem.startsWith('overflows its width: span#cut'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('overflows its width: button'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('shortened to almost nothing: span#tiny'))).toBe(true);
});

test('the layout check accepts one line of text deliberately shortened with a visible ellipsis', async ({ page: browser }) => {
  await browser.setContent(page(`<span class="box" style="display:block;text-overflow:ellipsis">${long}</span>`));
  expect(await layoutProblems(browser)).toEqual([]);
});

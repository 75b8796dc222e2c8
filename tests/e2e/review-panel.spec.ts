import { expect, test } from './harness';
import { inEachCombination, openDemoStory } from './journeys';

const overflow = (element: Element) => ({ x: element.scrollWidth - element.clientWidth, y: element.scrollHeight - element.clientHeight });

test('the review chart shows whole names in the groups’ order with a scale; the flag note and the slug show all their text, at both sizes and in both themes (defect 13)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  await page.getByRole('tab', { name: 'Review' }).click();
  const chart = page.getByRole('figure', { name: 'Who is quoted' });
  const first = page.getByRole('region', { name: /^Quotes by (Lena )?Grant$/ }).getByRole('listitem').first();
  await first.getByRole('button', { name: 'Flag…' }).click();
  const note = first.getByRole('textbox', { name: 'What must be checked?' });
  await note.fill('Check the statement against the recording from the press office, and whether the knock on the door line was in the written version that went to reporters on Friday morning.');
  await inEachCombination(page, async (label) => {
    for (const label of await chart.locator('.bar-label').all()) expect(await label.evaluate(overflow), `chart label at ${label}`).toEqual({ x: 0, y: 0 });
    const chartNames = await chart.locator('.bar-label').allTextContents();
    const groupNames = await page.locator('.speaker-group h3').evaluateAll((headings) => headings.map((heading) => heading.firstChild?.textContent?.trim() ?? ''));
    expect(groupNames, `group order at ${label}`).toEqual(chartNames);
    await expect(chart.locator('.chart-scale span')).toContainText(['0', '1']);
    const noteOverflow = await note.evaluate(overflow);
    expect(noteOverflow.y, `flag note at ${label}`).toBeLessThanOrEqual(1);
    const widths = await note.evaluate((element) => element.clientWidth / element.closest('li')!.clientWidth);
    expect(widths, `flag note width at ${label}`).toBeGreaterThan(0.85);
  });
  await expect(chart.locator('.bar-label')).toContainText(['Carla Ramírez-Ortega']);
  await page.getByRole('tab', { name: 'Story', exact: true }).click();
  await inEachCombination(page, async (label) => {
    expect(await page.locator('#field-slug').evaluate(overflow), `slug at ${label}`).toEqual({ x: 0, y: 0 });
  });
});

test.describe('markup', () => {
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

  test('the page has one speaker suggestion list, offered by the speaker being edited, and unique ids, and the dateline date is one Tab stop (defect 15)', async ({ app }) => {
    const { page } = app;
    await openDemoStory(app);
    await page.getByRole('tab', { name: 'Review' }).click();
    await expect(page.locator('.quote-item')).not.toHaveCount(0);
    expect(await page.locator('datalist').count()).toBe(1);
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(duplicates).toEqual([]);
    // Each speaker is text until it is edited (a text field is a paint layer, and one bound to the
    // list carries a picker, which Chromium hit-tests after every layout); the one being edited
    // is a field that offers every name on the list, and it is reached by Tab like any field.
    const speakers = page.locator('.quote-item').getByRole('button', { name: /^Speaker / });
    const speakerCount = await speakers.count();
    expect(speakerCount).toBe(await page.locator('.quote-item').count());
    expect(speakerCount).toBeGreaterThan(1);
    expect(await page.locator('.quote-item input').count()).toBe(0);
    const listed = await page.locator('datalist option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(listed.length).toBeGreaterThan(1);
    const secondItem = page.locator('.quote-item').nth(1);
    const name = (await secondItem.locator('.speaker-name').textContent()) ?? '';
    await secondItem.getByRole('button', { name: /^“/ }).focus();
    await page.keyboard.press('Tab');
    const second = secondItem.getByRole('combobox', { name: 'Speaker' });
    await expect(second).toBeFocused();
    await expect(second).toHaveValue(name);
    await page.keyboard.type('x');
    expect(await second.evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((option) => option.value))).toEqual(listed);
    expect(await page.locator('.quote-item input').count()).toBe(1);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    expect(await page.locator('.quote-item input').count()).toBe(0);
    await expect(secondItem.locator('.speaker-name')).toHaveText(name);
    await page.getByRole('tab', { name: 'Story', exact: true }).click();
    await page.getByLabel('Dateline date').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Today' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByLabel('Dateline place')).toBeFocused();
  });
});

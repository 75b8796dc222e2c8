import { expect, test } from './harness';
import { openDemoStory } from './journeys';

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });

test('the first review decision asks for the reviewer’s name in place, once; Settings keeps it; sign-off reads as unconfirmed until ticked (defect 10)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  await page.getByRole('tab', { name: 'Review' }).click();
  const review = page.getByRole('tabpanel', { name: 'Review' });
  await expect(review.getByRole('textbox', { name: 'Reviewer name' })).toHaveCount(0);
  const grant = review.getByRole('region', { name: /^Quotes by (Lena )?Grant$/ });
  const first = grant.getByRole('listitem').first();
  await expect(first.getByRole('button', { name: 'Verify' })).toBeEnabled();
  await first.getByRole('button', { name: 'Verify' }).click();
  const name = first.getByRole('textbox', { name: /Your name/ });
  await expect(name).toBeFocused();
  await name.fill('Dana Editor');
  await name.press('Enter');
  await expect(first.getByText('Verified', { exact: true })).toBeVisible();
  await expect(first.getByText(/by Dana Editor/)).toBeVisible();
  await grant.getByRole('listitem').nth(1).getByRole('button', { name: 'Verify' }).click();
  await expect(grant.getByRole('listitem').nth(1).getByText('Verified', { exact: true })).toBeVisible();
  await expect(review.getByRole('textbox', { name: /Your name/ })).toHaveCount(0);
  expect((await app.main.api.getSettings(undefined)).reviewerName).toBe('Dana Editor');

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('textbox', { name: /Reviewer name/ })).toHaveValue('Dana Editor');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Publish' }).click();
  const signOff = page.getByRole('checkbox', { name: 'Confirm this warning before export' });
  await expect(signOff).not.toBeChecked();
  await expect(page.getByRole('tabpanel', { name: 'Publish' })).not.toContainText('Confirmed by');
  await signOff.check();
  await expect(page.getByRole('checkbox', { name: 'Confirmed by Dana Editor' })).toBeChecked();
});

import { test, expect } from './fixtures.ts';

// The quick actions describe the Fed path on screen: after an edit of the bars they read it back
// instead of showing what was last applied.

test('quick actions follow an edit of the path: cuts, pace, start and terminal rate read the bars on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const details = page.locator('details.quick');
  await expect(details).toBeAttached({ timeout: 60_000 });
  await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const cuts = page.getByRole('combobox', { name: 'Cuts of 25 bp' });
  const pace = page.getByRole('combobox', { name: 'Pace' });
  const start = page.getByRole('combobox', { name: 'Starting at' });

  // The consensus story: cuts in March and June 2026, every other meeting from March.
  await expect(cuts).toHaveValue('2');
  await expect(pace).toHaveValue('everyOther');
  await expect(start.locator('option:checked')).toHaveText(/^Mar 18, 2026/);
  await expect(page.getByRole('button', { name: 'Set 2 cuts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reach 3.125%' })).toBeVisible();

  // A hike at the July meeting: net one cut, moves on no fixed pace, a higher end rate.
  const july = page.getByRole('slider', { name: /^Decision at the July 29, 2026 meeting/ });
  await july.focus();
  await july.press('ArrowUp');
  await expect(july).toHaveAttribute('aria-valuenow', '25');
  await expect(cuts).toHaveValue('1');
  await expect(pace).toHaveValue('');
  await expect(pace.locator('option:checked')).toHaveText('As edited (no fixed pace)');
  await expect(page.getByRole('button', { name: 'Set 1 cut', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reach 3.375%' })).toBeVisible();

  // A choice of the reader's own holds until the path changes again.
  await cuts.selectOption('4');
  await expect(page.getByRole('button', { name: 'Set 4 cuts' })).toBeVisible();
  await page.getByRole('button', { name: 'Set 4 cuts' }).click();
  await expect(cuts).toHaveValue('4');
  await expect(page.getByRole('button', { name: 'Reach 2.625%' })).toBeVisible();
});

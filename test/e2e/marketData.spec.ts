import { test, expect } from './fixtures.ts';

test('the start snapshot says how old its market data is, counted to the page clock, with its sources', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00'));
  await page.goto('./');
  const age = page.getByTestId('market-data-age');
  await expect(age).toHaveText('Market data as of 2025-12-11 (356 days ago).');
  await page.getByText('Sources', { exact: true }).click();
  await expect(page.getByText(/FOMC Summary of Economic Projections, December 2025/)).toBeVisible();
  // The Fed editor's calendar starts after the snapshot: no 2025 meeting is offered.
  await expect(page.getByText(/Starts at .* on 2025-12-11/)).toBeVisible();
});

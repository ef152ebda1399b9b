import { test, expect } from './fixtures.ts';
import { APP_PREFIX } from './origins.ts';

test('the built app opens from a sub-path and shows its heading', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(APP_PREFIX);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rotation Lab');
  await expect(page).toHaveTitle(/Rotation Lab/);
});

test('the app loads with no console errors, failed requests or requests to other hosts', async ({
  page,
  pageProblems,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Let the first simulation and any lazy chunks or workers load before the fixture checks.
  await page.waitForLoadState('networkidle');
  expect(pageProblems.foreignRequests).toEqual([]);
});

test('every asset of the built app is served from under the sub-path', async ({ page }) => {
  const assetPaths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') assetPaths.push(url.pathname);
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(assetPaths.length).toBeGreaterThan(1);
  expect(assetPaths.filter((path) => !path.startsWith(APP_PREFIX))).toEqual([]);
});

import type { Page, Response } from '@playwright/test';
import { test, expect, useSharedPage, waitForLazyParts, watchPage, type PageProblems } from './fixtures.ts';
import { APP_PREFIX } from './origins.ts';
import { COMPILE_HINT } from '../../scripts/compileHints.ts';

// One load of the built app, read by all three tests (each used to load it again).
test.describe('the built app from its sub-path', () => {
  let page: Page;
  let response: Response | null;
  let problems: PageProblems;
  const assetPaths: string[] = [];
  useSharedPage(async (opened) => {
    page = opened;
    problems = watchPage(page);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'http:' || url.protocol === 'https:') assetPaths.push(url.pathname);
    });
    response = await page.goto('./');
    // Let the first simulation and the lazy chunks and workers load before anything is checked.
    await waitForLazyParts(page);
  });

  test('the built app opens from a sub-path and shows its heading', async () => {
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(APP_PREFIX);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rotation Lab');
    await expect(page).toHaveTitle(/Rotation Lab/);
  });

  test('the app loads with no console errors, failed requests or requests to other hosts', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });

  test('every asset of the built app is served from under the sub-path', async () => {
    expect(assetPaths.length).toBeGreaterThan(1);
    expect(assetPaths.filter((path) => !path.startsWith(APP_PREFIX))).toEqual([]);
  });

  test('the scripts the page loads at start open with V8\'s compile hint, so their functions compile off the main thread', async () => {
    // As index.html names them (the page adds preload links of its own for chunks it loads later).
    const html = await (await page.request.get(page.url())).text();
    const urls = [...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) => new URL(m[1]!, page.url()).href);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect((await (await page.request.get(url)).text()).split('\n')[0], url).toBe(COMPILE_HINT);
  });
});

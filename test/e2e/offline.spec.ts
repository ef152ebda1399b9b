import { test, expect } from './fixtures.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { scenarioToSearch } from '../../src/url/scenarioToSearch.ts';

// The only spec that lets the built site's service worker run (playwright.config.ts blocks it).
test.use({ serviceWorkers: 'allow' });

test('after a first visit the built site opens offline from its sub-path, a scenario link included, and simulates', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.locator('figure.fan').first().locator('svg path[stroke="none"]').first()).toBeAttached();
  // Installed, every file cached, and in control of the page.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

  await context.setOffline(true);
  const offlineScenario = { ...defaultScenario(), seed: 4242, paths: 2000 };
  await page.goto(`./${scenarioToSearch(offlineScenario)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rotation Lab' })).toBeVisible();
  // A chart from a fresh run: the worker script and every chunk came from the cache.
  await expect(page.getByText('Done: 2,000 paths')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.locator('figure.fan').first().locator('svg path[stroke="none"]').count()).toBeGreaterThanOrEqual(3);
  await context.setOffline(false);
});

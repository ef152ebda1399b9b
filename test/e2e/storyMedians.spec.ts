import { test, expect } from './fixtures.ts';
import { presetById } from '../../src/model/index.ts';
import { encodeScenario } from '../../src/url/index.ts';

test('a blend shows each story’s median beside the pooled fan, numbered and listed by name and weight', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const blend = { ...presetById('blended')!.scenario(), paths: 2000 };
  await page.goto(`./?s=${encodeScenario(blend)}`);
  await expect(page.getByText('Done: 2,000 paths')).toBeVisible({ timeout: 90_000 });
  const prices = page.locator('section.prices');
  await expect(prices.locator('g.story')).toHaveCount(0);
  await prices.getByLabel('Each story’s median').check();
  // One line per story on each of the four price fans, numbered 1–3 at the horizon.
  await expect(prices.locator('g.story')).toHaveCount(4 * blend.branches.length, { timeout: 60_000 });
  await expect(prices.locator('figure').first().locator('text.story-label')).toHaveText(['1', '2', '3']);
  const listed = prices.getByRole('list', { name: /Story medians/ }).getByRole('listitem');
  await expect(listed).toHaveText(blend.branches.map((b, i) => `${i + 1} ${b.name} (${Math.round(b.weight * 100)}%), run alone`));
  await prices.getByLabel('Each story’s median').uncheck();
  await expect(prices.locator('g.story')).toHaveCount(0);
});

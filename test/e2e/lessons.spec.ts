import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { WCAG_TAGS } from './a11yAxe.ts';

// The lesson views (issue 10): the track record, every story at a glance and the what-if ladder,
// in the full app and embedded. Two page loads in all.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LONG = { timeout: 180_000 };

/** axe's WCAG 2.1 A/AA violations inside the given sections only (the rest of the page has its own tests). */
async function axeOn(page: Page, selectors: string[]): Promise<{ id: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
      const result = await axe.run({ include: include.map((s) => [s]) }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id as string, targets: (v.nodes as { target: string[] }[]).map((n) => n.target.join(' ')) }));
    },
    { tags: WCAG_TAGS, include: selectors },
  );
}

test('the lessons: the track record tallies six cycles and opens a replay, every story shares one scale, the ladder draws and a newer input cancels it, axe finds nothing', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');

  // Track record: six cycles with the tally in words.
  const record = page.locator('section.track-record');
  await record.scrollIntoViewIfNeeded(LONG);
  await expect(record).toHaveAttribute('data-complete', 'true', LONG);
  await expect(record.locator('ol.cycles > li')).toHaveCount(6);
  await expect(record.getByText('Small caps won two of six')).toBeVisible();
  await expect(record.getByText(/\d+ of 12 outcomes/).first()).toBeVisible();
  await expect(record.getByText(/Brier score 0\.\d{3}/)).toBeVisible();
  await expect(record.locator('svg .group')).toHaveCount(6);

  // Every story on one scale: one chart holds all seven presets' bands.
  const stories = page.locator('section.stories');
  await stories.scrollIntoViewIfNeeded();
  await expect(stories).toHaveAttribute('data-complete', 'true', LONG);
  const equities = stories.locator('figure').first().locator('svg');
  await expect(equities).toHaveCount(1);
  await expect(equities.locator('.group')).toHaveCount(7);
  await expect(equities.locator('.row-label')).toContainText(['Two cuts', 'Goldilocks rotation', 'Labor market rolls over', 'Sticky tariff inflation', 'Hawkish pivot', 'Hard landing', 'Blended view']);
  await stories.locator('summary', { hasText: 'Hawkish pivot' }).click();
  await expect(stories.getByText(/hikes and higher yields hit small caps hardest/)).toBeVisible();

  // Ladder: it draws, and a newer input cancels the run in progress.
  const ladder = page.locator('section.ladder');
  await ladder.scrollIntoViewIfNeeded();
  await expect(ladder).toHaveAttribute('data-status', 'done', LONG);
  await expect(ladder.locator('svg path.line')).toHaveCount(6);
  await expect(ladder.getByText(/With four extra cuts it is \d+%/)).toBeVisible();
  // Its rungs have their own number of paths: the reader is told why "now" may differ from the charts above.
  await expect(ladder.locator('p.status')).toHaveText(/^[\d,]+ paths per rung, \d+ rungs\. The “now” rung re-runs the scenario on screen with these paths, so it can differ from the charts above within the simulation’s noise\.$/);
  const generation = Number(await ladder.getAttribute('data-generation'));
  // Clicked without scrolling: the ladder follows the scenario only while it is on screen.
  const pick = (name: string) => page.getByRole('button', { name }).first().evaluate((button: HTMLElement) => button.click());
  await pick('Hawkish pivot');
  await expect(ladder).toHaveAttribute('data-generation', String(generation + 1));
  await expect(ladder).toHaveAttribute('data-status', 'running');
  await pick('Hard landing');
  await expect(ladder).toHaveAttribute('data-cancelled', '1');
  await expect(ladder).toHaveAttribute('data-generation', String(generation + 2));
  await expect(ladder).toHaveAttribute('data-status', 'done', LONG);

  expect(await axeOn(page, ['section.track-record', 'section.stories', 'section.ladder'])).toEqual([]);

  // A row opens its replay: the replay is loaded and named in the address.
  await record.getByRole('button', { name: /Open replay.*2019/ }).click();
  await expect(page.locator('.claim strong')).toHaveText('2019: mid-cycle adjustment, then the pandemic:');
  await expect(page.getByRole('heading', { name: 'Where prices could go' })).toBeInViewport();
  await expect.poll(() => new URL(page.url()).searchParams.get('replay'), LONG).toBe('cut-2019');
});

test('each lesson embeds as a view= of the embed mode, dark, at phone width, with links to the full app', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?embed=1&view=trackrecord,stories,ladder&theme=dark');
  for (const heading of ['How well does the model do?', 'Every story at a glance', 'What if the Fed does more, or less?']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible(LONG);
  }
  await expect(page.locator('section.track-record')).toHaveAttribute('data-complete', 'true', LONG);
  // The stories and the ladder start only once near the screen (they never queue ahead of the view above).
  await page.locator('section.stories').scrollIntoViewIfNeeded();
  await expect(page.locator('section.stories')).toHaveAttribute('data-complete', 'true', LONG);
  await page.locator('section.ladder').scrollIntoViewIfNeeded();
  await expect(page.locator('section.ladder')).toHaveAttribute('data-status', 'done', LONG);
  // No fan or page chrome in these embeds, and nothing wider than the phone.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const replayLink = page.getByRole('link', { name: /Open replay.*1995/ });
  await expect(replayLink).toHaveAttribute('target', '_blank');
  const href = new URL((await replayLink.getAttribute('href'))!);
  expect(href.searchParams.get('replay')).toBe('cut-1995');
  expect(href.searchParams.get('embed')).toBeNull();
  expect(await axeOn(page, ['section.track-record', 'section.stories', 'section.ladder'])).toEqual([]);
});

import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { runAxe } from './a11yAxe.ts';
import { downloadText, openScenario, parseCsv, quickScenario } from './exportHelpers.ts';
import { encodeScenario } from '../../src/url/index.ts';

test.describe.configure({ timeout: 180_000 });

/** A displayed log-point value ("+12.3", "−9.1", "0.0") in tenths, so sums are exact integers. */
function tenths(text: string): number {
  return Math.round(Number(text.trim().replace('−', '-').replace('+', '')) * 10);
}

/** The bars' values and the total of one Why waterfall, as displayed. */
async function shownWaterfall(section: Locator): Promise<{ bars: number[]; total: number; labels: string[] }> {
  await expect(section.locator('svg text.total-value')).toHaveCount(1);
  const bars = (await section.locator('svg text.value').allTextContents()).map(tenths);
  const labels = await section.locator('svg g.step:not(.total) text.label').allTextContents();
  const total = tenths(await section.locator('svg text.total-value').textContent() ?? '');
  return { bars, total, labels };
}

async function openWhy(page: Page): Promise<Locator> {
  const why = page.locator('section.why-section');
  await expect(why.locator('section.why-rotation svg')).toBeVisible({ timeout: 60_000 });
  return why;
}

test('the Why: every waterfall’s bars add up to its total as displayed, the assets on one shared scale, with the largest bars named and every term explained', async ({ page }) => {
  await openScenario(page, quickScenario());
  const why = await openWhy(page);
  const charts = why.locator('section.why, section.why-rotation');
  await expect(charts).toHaveCount(4);
  for (const chart of await charts.all()) {
    const { bars, total, labels } = await shownWaterfall(chart);
    expect(bars.length).toBeGreaterThanOrEqual(4);
    expect(bars.reduce((s, b) => s + b, 0), await chart.getAttribute('aria-label') ?? '').toBe(total);
    // The headline names the largest bar (ties: either may come first, so it names one of them).
    const largest = Math.max(...bars.map(Math.abs));
    const named = labels.filter((_, i) => Math.abs(bars[i]) === largest);
    const headline = (await chart.locator('.reading').textContent()) ?? '';
    expect(named.some((label) => headline.toLowerCase().includes(label.toLowerCase())), `${headline} names one of ${named}`).toBe(true);
  }
  // One scale for the three assets: at 1280 px their charts are equally wide, so zero and every tick sit at the same x.
  const assets = why.locator('section.why');
  const zeros = await assets.locator('svg line.zero').evaluateAll((lines) => lines.map((l) => l.getAttribute('x1')));
  expect(zeros).toHaveLength(3);
  expect(new Set(zeros).size).toBe(1);
  const ticks = await assets.evaluateAll((sections) => sections.map((s) => [...s.querySelectorAll('svg text.tick')].map((t) => t.textContent).join(' ')));
  expect(new Set(ticks).size).toBe(1);

  // Jargon explained on keyboard focus.
  await why.getByRole('button', { name: 'log points', exact: true }).focus();
  await expect(page.getByRole('tooltip').filter({ hasText: /add up/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip').filter({ hasText: /add up/ })).toBeHidden();
  await expect(why.getByRole('button', { name: 'Valuation pull', exact: true })).toHaveAccessibleDescription(/long-run average/);
  // Every term's tip opens inside the Why's card (which clips what overflows it) and the window,
  // on a laptop and on the narrowest phone: above the words at the card's foot, shifted left at its edge.
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const term of await why.locator('button.term').all()) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await term.focus();
      const tip = why.locator('.tip').filter({ visible: true });
      await expect(tip).toHaveCount(1);
      const [card, box] = [(await why.boundingBox())!, (await tip.boundingBox())!];
      const name = `${await term.textContent()} at ${width} px`;
      expect(box.x, name).toBeGreaterThanOrEqual(card.x);
      expect(box.y, name).toBeGreaterThanOrEqual(card.y);
      expect(box.x + box.width, name).toBeLessThanOrEqual(Math.min(card.x + card.width, width));
      expect(box.y + box.height, name).toBeLessThanOrEqual(card.y + card.height);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // The CSV carries the bars as displayed.
  const [download] = await Promise.all([page.waitForEvent('download'), why.getByRole('button', { name: 'Download CSV of the Why bars, as displayed', exact: true }).click()]);
  const rows = parseCsv(await downloadText(download));
  const rotation = rows.filter((r) => r.chart === 'smallMinusLarge');
  const shown = await shownWaterfall(why.locator('section.why-rotation'));
  expect(rotation.filter((r) => r.channel !== 'total').map((r) => Math.round(Number(r.log_points) * 10))).toEqual(shown.bars);
  expect(Math.round(Number(rotation.find((r) => r.channel === 'total')!.log_points) * 10)).toBe(shown.total);

  // Axe finds nothing at all in the Why panel, its data tables open.
  await why.evaluate((s) => s.querySelectorAll('details').forEach((d) => (d.open = true)));
  expect(await runAxe(page, ['section.why-section'])).toEqual([]);
});

test('the Fed editor draws the priced path and the SEP median with their dates and sources, and shows a surprise when the path departs', async ({ page }) => {
  await openScenario(page, quickScenario());
  const view = page.locator('.policy-view');
  await expect(view.locator('svg path.priced')).toHaveAttribute('d', /^M/);
  await expect(view.locator('svg path.sep')).toHaveAttribute('d', /^M/);
  await expect(view.locator('.chart svg rect.sep-dot')).toHaveCount(1); // end of 2026; end of 2027 is past the 24-month horizon
  await expect(view.locator('svg text.end-label')).toHaveText(['You = Priced', 'Fed SEP', 'Long run']);
  await expect(view.getByRole('list', { name: 'Lines on the chart' })).toContainText('Dec 11, 2025 (fed funds futures, OIS)');
  await expect(view.getByRole('list', { name: 'Lines on the chart' })).toContainText('projections of Dec 10, 2025');
  await expect(view.locator('.surprise-line')).toContainText('your path is the priced path');
  await expect(view.getByRole('img', { name: /^Your path ends at 3\.125%/ })).toHaveAccessibleName(/The Fed’s median \(SEP of December 10, 2025\): 3\.4% at the end of 2026/);

  // One more cut in January: the path departs from the priced one by 25 bp.
  const january = page.getByRole('slider', { name: /^Decision at the January 28, 2026 meeting/ });
  await january.focus();
  await page.keyboard.press('ArrowDown');
  await expect(view.locator('.surprise-line')).toContainText('Surprise (your path − priced): −25 bp after 12 months, −25 bp by Dec 2027.');
  await expect(view.locator('svg path.surprise')).toHaveAttribute('d', /^M/);
  await expect(view.locator('svg text.end-label')).toHaveText(['Priced', 'Fed SEP', 'Long run', 'You']);

  await view.locator('details.data > summary').click();
  const table = view.getByRole('table', { name: /^Policy rate after each meeting/ });
  await expect(table.getByRole('row', { name: /^End of 2026/ })).toContainText('3.4%');
  await expect(table.getByRole('row', { name: /^Jan 28, 2026/ })).toContainText('−25 bp');
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Download CSV of the policy paths', exact: true }).click()]);
  const rows = parseCsv(await downloadText(download));
  expect(rows.find((r) => r.kind === 'sep_year_end')).toMatchObject({ date: '2026-12-31', sep_median_pct: '3.4', surprise_bp: '-25' });
  expect(await runAxe(page, ['.policy-view'])).toEqual([]);
});

for (const [view, theme, width] of [
  ['policy', 'dark', 390],
  ['rotation', 'light', 390],
] as const) {
  test(`view=${view} embeds on its own (${theme}, ${width} px), drawn, without sideways overflow or axe findings`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await page.goto(`./?s=${encodeScenario(quickScenario())}&embed=1&view=${view}&theme=${theme}`);
    await expect(page.getByText(/Rotation Lab simulation: seed \d+, 2,000 paths/)).toBeVisible({ timeout: 120_000 });
    // The embed's own theme wins over the system's: the page background is the theme's.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'dark' ? 'rgb(17, 20, 24)' : 'rgb(246, 247, 249)');
    if (view === 'policy') {
      await expect(page.locator('.policy-view svg path.priced')).toHaveAttribute('d', /^M/);
      await expect(page.getByRole('heading', { name: /^Fed path: yours, the market’s and the Fed’s/ })).toBeVisible();
    } else {
      await expect(page.locator('section.why-rotation svg rect.sum')).toBeVisible();
      await expect(page.locator('section.why')).toHaveCount(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await runAxe(page, ['main'])).toEqual([]);
  });
}

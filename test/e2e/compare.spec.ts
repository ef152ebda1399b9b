import { test, expect } from './fixtures.ts';
import { decodeScenario, encodeScenario } from '../../src/url/index.ts';
import { openScenario, quickScenario, waitForRun } from './exportHelpers.ts';

test.describe.configure({ timeout: 240_000 });

test('pin A, change to B: A’s median and band show on every fan with a difference table, and both survive a reload', async ({ page }) => {
  await openScenario(page, quickScenario());
  await expect(page.locator('g.compare')).toHaveCount(0);
  await page.getByRole('button', { name: 'Pin as A' }).click();
  await expect(page).toHaveURL(/[?&]a=[vz]\d+\./);
  await expect(page.getByText('B is the same scenario as A')).toBeVisible();

  // B: a different story (and the presets' 10,000 paths).
  await page.getByRole('button', { name: /Hard landing/ }).first().click();
  await waitForRun(page, 10_000);
  const table = page.getByTestId('difference-table');
  await expect(table).toBeVisible();
  await expect(page.getByText('B is the same scenario as A')).toHaveCount(0);

  // Each price fan (3 assets + relative) carries A's dotted median, its band outline and the label "A".
  const prices = page.locator('section.prices');
  await expect(prices.locator('g.compare')).toHaveCount(4);
  await expect(prices.locator('g.compare path.compare-median')).toHaveCount(4);
  await expect(prices.locator('g.compare path.compare-band')).toHaveCount(8);
  await expect(prices.locator('g.compare text.compare-label').first()).toHaveText('A');
  await expect(prices.getByText('A: median (pinned)')).toBeVisible();
  const dash = await prices.locator('path.compare-median').first().evaluate((p) => getComputedStyle(p).strokeDasharray);
  expect(dash).not.toBe('none');

  const row = (key: string) => table.locator(`tr[data-key="${key}"] td`).allTextContents();
  const beat = await row('smallBeatsLarge');
  expect(beat).toHaveLength(3);
  expect(beat[2]).toMatch(/^([+−]\d+\.\d pp|0\.0 pp)$/);
  expect(await row('smallCap:medianLevel')).toHaveLength(3);
  const before = await table.locator('tr[data-key]').allInnerTexts();
  expect(before.length).toBeGreaterThan(10);
  // Every B − A is the difference of the two figures as shown (in their unit: "$90.3k" − "$80.7k" is "−$9.6k").
  const shown = (text: string) => {
    const m = /^([+−]?)\$?([\d,]+(?:\.\d+)?)([kMBT]?)(?:%| pp)?$/.exec(text.trim());
    if (!m) throw new Error(`not a figure: ${text}`);
    const unit = { '': 1, k: 1e3, M: 1e6, B: 1e9, T: 1e12 }[m[3]!]!;
    return { value: (m[1] === '−' ? -1 : 1) * Number(m[2]!.replaceAll(',', '')) * unit, suffix: m[3] };
  };
  for (const cells of await table.locator('tr[data-key]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))) {
    const [a, b, diff] = cells.map(shown);
    if (a!.suffix !== b!.suffix) continue;
    expect(Math.abs(b!.value - a!.value - diff!.value), cells.join(' | ')).toBeLessThan(1e-6 * Math.max(1, Math.abs(a!.value)));
  }

  // The address carries both; after a reload A is recomputed from its scenario, B from s=. The
  // address follows an edit 400 ms late (debounced), and s= already held the first scenario: wait
  // for it to carry B's 10,000 paths, or the reload would open the old scenario.
  const linkedPaths = () => {
    const decoded = decodeScenario(new URL(page.url()).searchParams.get('s') ?? '');
    return decoded.ok ? decoded.scenario.paths : null;
  };
  await expect.poll(linkedPaths).toBe(10_000);
  await page.reload();
  await waitForRun(page, 10_000);
  await expect(table).toBeVisible({ timeout: 90_000 });
  expect(await table.locator('tr[data-key]').allInnerTexts()).toEqual(before);
  await expect(prices.locator('g.compare')).toHaveCount(4);

  await page.getByRole('button', { name: 'Unpin' }).click();
  await expect(table).toHaveCount(0);
  await expect(prices.locator('g.compare')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]a=/);
});

test('a damaged a= in a link opens without compare mode and says so', async ({ page }) => {
  await openScenario(page, quickScenario(), '&a=v1.garbage!!');
  await expect(page.getByText(/The pinned scenario A in this link was left out/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pin as A' })).toBeVisible();
});

test('a link whose A is costly (1,000,000 paths × 120 months) asks before computing A, and Cancel stops it', async ({ page }) => {
  const costly = quickScenario((s) => Object.assign(s, { paths: 1_000_000, months: 120 }));
  await openScenario(page, quickScenario(), `&a=${encodeScenario(costly)}`);
  await expect(page.getByText(/Computing A: The full run \(1,000,000 paths × 120 months\) would take/)).toBeVisible();
  await page.getByRole('button', { name: 'Compute A anyway' }).click();
  await expect(page.getByText(/Computing A…/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Computing A was cancelled, so there is no A to compare with.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Compute A' , exact: true })).toBeVisible();
});

import { test, expect } from './fixtures.ts';
import { ASSETS } from '../../src/model/index.ts';
import {
  downloadText,
  exportFile,
  openScenario,
  parseCsv,
  quickScenario,
  riskTableText,
  signedPercent,
  waitForRun,
} from './exportHelpers.ts';

test.describe.configure({ timeout: 180_000 });

const TITLE: Record<(typeof ASSETS)[number], string> = { smallCap: 'Russell 2000', largeCap: 'S&P 500', bitcoin: 'Bitcoin' };

test.beforeEach(async ({ page }) => {
  await openScenario(page, quickScenario());
});

test('the summary CSV has the risk table’s P(loss) and median annualized return after the same rounding', async ({ page }) => {
  const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Summary table/ }));
  expect(download.suggestedFilename()).toBe('rotation-lab-summary-20251211.csv');
  const rows = parseCsv(await downloadText(download));
  expect(rows.map((r) => r.asset)).toEqual([...ASSETS]);
  const table = page.locator('table').filter({ hasText: 'Chance of a loss' });
  const cells = async (label: string) =>
    table
      .locator('tbody tr')
      .filter({ has: page.locator('th', { hasText: label }) })
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent?.trim() ?? ''));
  expect(await cells('Chance of a loss')).toEqual(rows.map((r) => `${(Number(r.p_loss) * 100).toFixed(1)}%`));
  expect(await cells('Median return, annualized')).toEqual(rows.map((r) => signedPercent(Number(r.median_annualized_return))));
  expect(rows.every((r) => r.paths === '2000' && r.months === '24')).toBe(true);
});

test('the fan CSV holds every series and month with dates, and its p50 at the horizon is each fan’s median label', async ({ page }) => {
  const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Fan data/ }));
  expect(download.suggestedFilename()).toBe('rotation-lab-fan-20251211.csv');
  const text = await downloadText(download);
  expect(text.split('\r\n')[0]).toBe('series,month,date,p5,p10,p25,p50,p75,p90,p95,mean');
  const rows = parseCsv(text);
  expect(rows).toHaveLength(7 * 25);
  expect(rows[0]).toMatchObject({ series: 'smallCap', month: '0', date: '2025-12-11' });
  for (const asset of ['smallCap', 'largeCap'] as const) {
    const horizon = rows.find((r) => r.series === asset && r.month === '24')!;
    const label = page.locator('figure').filter({ has: page.locator('.title', { hasText: new RegExp(`^${TITLE[asset]}$`) }) }).locator('.end-label.strong');
    await expect(label).toHaveText(Math.round(Number(horizon.p50)).toLocaleString('en-US'));
  }
});

test('the attribution CSV matches the Why bars’ labels, channel by channel', async ({ page }) => {
  const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Attribution/ }));
  expect(download.suggestedFilename()).toBe('rotation-lab-attribution-20251211.csv');
  const rows = parseCsv(await downloadText(download));
  for (const asset of ASSETS) {
    const bars = page.locator(`section[aria-label="Why: ${TITLE[asset]}"] svg text.value`);
    await expect(bars.first()).toBeVisible();
    const shown = await bars.allTextContents();
    const expected = rows.filter((r) => r.asset === asset && r.channel !== 'total').map((r) => signedPercent(Math.expm1(Number(r.contribution_log))));
    expect(shown).toEqual(expected);
  }
});

test('a chart exports as a PNG (magic bytes, twice its size) and as an SVG with its title and source line', async ({ page }) => {
  const menu = page.locator('details.export');
  await menu.locator('summary').click();
  const png = await exportFile(page, (m) => m.getByRole('button', { name: 'Russell 2000 as PNG', exact: true }));
  expect(png.suggestedFilename()).toBe('rotation-lab-chart-russell-2000-20251211.png');
  const bytes = (await import('node:fs')).readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const plot = await page.locator('figure').filter({ has: page.locator('.title', { hasText: /^Russell 2000$/ }) }).locator('svg').first().boundingBox();
  expect(width).toBe(2 * (Math.round(plot!.width) + 32));
  expect(height).toBeGreaterThan(2 * plot!.height);

  const svg = await exportFile(page, (m) => m.getByRole('button', { name: 'Russell 2000 as SVG', exact: true }));
  expect(svg.suggestedFilename()).toBe('rotation-lab-chart-russell-2000-20251211.svg');
  const text = await downloadText(svg);
  expect(text).toContain('<title>Russell 2000 · index points</title>');
  expect(text).toContain('Rotation Lab simulation · seed 20251211 · 2,000 paths · scenario, not a forecast');
  expect(text).toContain('24 months · 2,000 paths · seed 20251211');
  expect(text).not.toContain('var(--');
});

test('a scenario saved as JSON and opened again gives the same summary', async ({ page }) => {
  const before = await riskTableText(page);
  const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Scenario file/ }));
  expect(download.suggestedFilename()).toBe('rotation-lab-scenario-20251211.json');
  const file = await downloadText(download);
  expect(JSON.parse(file)).toMatchObject({ format: 'rotation-lab-scenario', version: 1, scenario: { paths: 2000 } });

  // Change the scenario, then open the file: the first numbers come back.
  await page.getByRole('button', { name: /Hawkish pivot/ }).first().click();
  await expect.poll(() => riskTableText(page), { timeout: 90_000 }).not.toEqual(before);
  await page.locator('input[type="file"][aria-label="Scenario file"]').setInputFiles({
    name: 'saved.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByText('Loaded “saved.json”.')).toBeVisible();
  await waitForRun(page, 2000);
  await expect.poll(() => riskTableText(page), { timeout: 90_000 }).toEqual(before);
});

test('opening a bad scenario file lists what is wrong next to the button and keeps the current scenario', async ({ page }) => {
  const before = await riskTableText(page);
  const file = JSON.parse(await downloadText(await exportFile(page, (menu) => menu.getByRole('button', { name: /^Scenario file/ }))));
  file.scenario.branches[0].policy.surpriseVol = 99;
  const input = page.locator('input[type="file"][aria-label="Scenario file"]');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const alert = page.getByRole('alert').filter({ hasText: '“bad.json” was not loaded' });
  await expect(alert).toContainText('branches[0].policy.surpriseVol must be a number from 0 to 5');
  await expect(page.getByRole('button', { name: 'Open scenario file…', exact: true })).toHaveAttribute('aria-describedby', /errors/);

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
  await expect(page.getByRole('alert').filter({ hasText: '“notes.txt” was not loaded' })).toContainText('The file is not JSON');
  expect(await riskTableText(page)).toEqual(before);
});

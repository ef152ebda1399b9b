import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { defaultScenario, type Scenario } from '../../src/model/index.ts';
import { encodeScenario } from '../../src/url/index.ts';

/** A quick scenario (2,000 paths) so a full run finishes fast even on a loaded machine. */
export function quickScenario(edit: (scenario: Scenario) => void = () => {}): Scenario {
  const scenario = { ...defaultScenario(), paths: 2000 };
  edit(scenario);
  return scenario;
}

/** Opens the app on `scenario` (and extra query parameters) and waits for its full run. */
export async function openScenario(page: Page, scenario: Scenario, extra = ''): Promise<void> {
  await page.goto(`./?s=${encodeScenario(scenario)}${extra}`);
  await waitForRun(page, scenario.paths);
}

/** Waits until the run status says every path is in. */
export async function waitForRun(page: Page, paths: number): Promise<void> {
  await expect(page.getByText(`Done: ${paths.toLocaleString('en-US')} paths`)).toBeVisible({ timeout: 90_000 });
}

/** The text of a download. */
export async function downloadText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

/** Clicks `item` in the Export menu and returns the file it downloads. */
export async function exportFile(page: Page, item: (menu: Locator) => Locator): Promise<Download> {
  const menu = page.locator('details.export');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  // A missing download fails here in 30 s (with the menu's message, if any, on the page) rather than at the test's timeout.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), item(menu).click()]);
  return download;
}

/** Parses a CSV made by csvTable (d3-dsv) (no quoted commas in the fields read here) into records. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split('\r\n').map((line) => line.split(','));
  return lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** The app's signed percent: "+2.8%", "−9.1%". */
export function signedPercent(fraction: number): string {
  const s = (Math.abs(fraction) * 100).toFixed(1);
  if (Number(s) === 0) return '0.0%';
  return `${fraction < 0 ? '−' : '+'}${s}%`;
}

/** The risk table's text, row by row, for comparing two runs. */
export async function riskTableText(page: Page): Promise<string[]> {
  const table = page.locator('table').filter({ hasText: 'Chance of a loss' });
  // The risk table mounts a few frames after the fans.
  await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 60_000 });
  return table.locator('tbody tr').allInnerTexts();
}

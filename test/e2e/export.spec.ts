import { csvParse } from 'd3';
import type { Page } from '@playwright/test';
import { test, expect, useSharedPage } from './fixtures.ts';
import { ASSETS } from '../../src/model/index.ts';
import {
  downloadText,
  exportFile,
  openScenario,
  quickScenario,
  riskTableText,
  waitForRun,
} from './exportHelpers.ts';

test.describe.configure({ timeout: 180_000 });

const TITLE: Record<(typeof ASSETS)[number], string> = { smallCap: 'Russell 2000', largeCap: 'S&P 500', bitcoin: 'Bitcoin' };

/** What the chart sweep below puts on the page's window to read each export's file. */
interface ExportTap {
  __exports: Promise<string>[];
  __blobs: Map<string, Blob>;
  __restore: { click: () => void; createObjectURL: (blob: Blob) => string };
}

// The exports only read the page: they share one load of the scenario (one run instead of five).
test.describe('exports of one loaded scenario', () => {
  let page: Page;
  useSharedPage(async (opened) => {
    page = opened;
    await openScenario(page, quickScenario());
  });

  test('the summary CSV has the risk table’s own labels and texts, cell by cell, and names the story and data date', async () => {
    const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Summary table/ }));
    expect(download.suggestedFilename()).toBe('rotation-lab-custom-summary-20251211.csv');
    const rows = csvParse(await downloadText(download));
    const table = page.locator('table').filter({ hasText: 'Chance of a loss' });
    const screen = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        label: tr.querySelector('th')!.textContent!.trim(),
        // A probability's margin sits on a line of its own: compare the texts without their spacing.
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, '')),
      })),
    );
    expect([...new Set(rows.map((r) => r.Measure))]).toEqual(screen.map((r) => r.label));
    for (const row of screen) {
      expect(rows.filter((r) => r.Measure === row.label).map((r) => r.Shown!.replace(/\s+/g, ''))).toEqual(row.cells);
    }
    expect(rows.every((r) => r.Paths === '2000' && r.Months === '24')).toBe(true);
  });

  test('the fan CSV names its series and columns as the charts do, and its median at the horizon is each fan’s label', async () => {
    const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Fan data/ }));
    expect(download.suggestedFilename()).toBe('rotation-lab-custom-fan-20251211.csv');
    const text = await downloadText(download);
    expect(text.split('\r\n')[0]).toMatch(/^Series,Unit,Month,Date,95th,90th,75th,median,mean,25th,10th,5th,95th \(full precision\)/);
    const rows = csvParse(text);
    expect(rows).toHaveLength(7 * 25);
    expect(rows[0]).toMatchObject({ Series: 'Russell 2000', Month: '0', Date: '2025-12-11' });
    const titles = await page.locator('figure.fan .title').allTextContents();
    expect(new Set(rows.map((r) => r.Series))).toEqual(new Set(titles));
    for (const asset of ['smallCap', 'largeCap'] as const) {
      const horizon = rows.find((r) => r.Series === TITLE[asset] && r.Month === '24')!;
      const label = page.locator('figure').filter({ has: page.locator('.title', { hasText: new RegExp(`^${TITLE[asset]}$`) }) }).locator('.end-label.strong');
      await expect(label).toHaveText(Number(horizon.median).toLocaleString('en-US'));
    }
  });

  test('the attribution CSV has the Why panel’s channel names and figures, bar by bar', async () => {
    const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Attribution/ }));
    expect(download.suggestedFilename()).toBe('rotation-lab-custom-attribution-20251211.csv');
    const rows = csvParse(await downloadText(download));
    for (const asset of ASSETS) {
      const section = page.locator(`section[aria-label="Why: ${TITLE[asset]}"]`);
      await expect(section.locator('svg text.value').first()).toBeVisible();
      const labels = await section.locator('svg text.label').allTextContents();
      const values = await section.locator('svg text.value').allTextContents();
      const csv = rows.filter((r) => r.Asset === TITLE[asset] && r.Channel !== 'Total');
      expect(csv.map((r) => r.Channel)).toEqual(labels.slice(0, csv.length));
      expect(csv.map((r) => r.Shown)).toEqual(values.slice(0, csv.length));
    }
  });

  test('a chart exports as a PNG (magic bytes, twice its size) and as an SVG with its full title, legend, description and source line', async () => {
    const menu = page.locator('details.export');
    await menu.locator('summary').click();
    const png = await exportFile(page, (m) => m.getByRole('button', { name: 'Russell 2000 as PNG', exact: true }));
    expect(png.suggestedFilename()).toBe('rotation-lab-custom-chart-russell-2000-20251211.png');
    const bytes = (await import('node:fs')).readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const plot = await page.locator('figure').filter({ has: page.locator('.title', { hasText: /^Russell 2000$/ }) }).locator('svg').first().boundingBox();
    expect(width).toBeGreaterThanOrEqual(2 * (Math.round(plot!.width) + 32));
    expect(height).toBeGreaterThan(2 * plot!.height);

    for (const name of ['Russell 2000', 'Policy rate']) {
      const svg = await exportFile(page, (m) => m.getByRole('button', { name: `${name} as SVG`, exact: true }));
      expect(svg.suggestedFilename()).toBe(`rotation-lab-custom-chart-${name.toLowerCase().replace(/ /g, '-')}-20251211.svg`);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        const inner = root.querySelector(':scope > svg')!;
        const [, , w] = inner.getAttribute('viewBox')!.split(' ').map(Number);
        return {
          title: root.querySelector(':scope > title')!.textContent,
          lines: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent),
          legend: [...root.querySelectorAll(':scope > g.legend text')].map((t) => t.textContent),
          innerWidth: w,
          endLabels: [...inner.querySelectorAll('text.end-label')].map((t) => t.textContent),
          raw: text,
        };
      }, await downloadText(svg));
      const title = parsed.title!;
      expect(title.startsWith(name)).toBe(true);
      // The title is printed whole, over as many lines as it needs.
      expect(parsed.lines.join(' ')).toContain(title);
      expect(parsed.legend).toEqual(expect.arrayContaining(['5–95% of paths', '10–90% of paths', '25–75% of paths', 'median', 'mean', 'FOMC meeting']));
      expect(parsed.lines.join(' ')).toMatch(/Rotation Lab model (v\d+ )?· market data as of 2025-12-11 · seed 20251211 · 2,000 paths · a scenario, not a forecast/);
      expect(parsed.lines.join(' ')).toContain('24 months · 2,000 paths');
      expect(parsed.raw.match(/seed 20251211/g)?.length).toBe(2); // the source line and the <desc>, not the description
      expect(parsed.raw).not.toContain('var(--');
      // End labels such as "95th 4.60%" sit past the plot's box; the file's viewport is widened to keep them.
      expect(parsed.endLabels.some((t) => t!.startsWith('95th '))).toBe(true);
      const box = await page.locator('figure').filter({ has: page.locator('.title', { hasText: new RegExp(`^${name}$`) }) }).locator('svg').first().boundingBox();
      expect(parsed.innerWidth).toBeGreaterThanOrEqual(Math.round(box!.width));
    }
  });

  test('every chart in the Export menu exports an SVG whose text holds its full title and a legend', async () => {
    const menu = page.locator('details.export');
    // The last chart to draw; the menu lists the charts drawn when it opens.
    await expect(page.locator('section[aria-label="Why: small minus large"] svg')).toBeVisible({ timeout: 60_000 });
    // Open (the tests before this one on the shared page may have left it open).
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    const buttons = menu.getByRole('button', { name: / as SVG$/ });
    const names = (await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!))).map((label) => label.replace(/ as SVG$/, ''));
    expect(names.length).toBeGreaterThanOrEqual(14);
    // Chromium drops a download that comes within seconds of ten others (measured on Chromium 150:
    // of 30 exports clicked ~80 ms apart the 11th and the 22nd never arrived; 0.7 s apart, all
    // did), so this sweep reads each file where the page hands it to the browser (the blob behind
    // the download link) instead of downloading it. The other tests here take real downloads.
    await page.evaluate(() => {
      const w = window as unknown as ExportTap;
      w.__exports = [];
      w.__blobs = new Map();
      w.__restore = { click: HTMLAnchorElement.prototype.click, createObjectURL: URL.createObjectURL };
      URL.createObjectURL = (blob: Blob) => {
        const url = w.__restore.createObjectURL.call(URL, blob);
        w.__blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const blob = this.download ? w.__blobs.get(this.href) : undefined;
        if (blob) w.__exports.push(blob.text());
        else w.__restore.click.call(this);
      };
    });
    try {
      for (const [i, name] of names.entries()) {
        await menu.getByRole('button', { name: `${name} as SVG`, exact: true }).click();
        await page.waitForFunction((n) => (window as unknown as ExportTap).__exports.length > n, i);
        const parsed = await page.evaluate(async (n) => {
          const text = await (window as unknown as ExportTap).__exports[n]!;
          const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
          return {
            title: root.querySelector(':scope > title')!.textContent!,
            lines: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' '),
            legend: [...root.querySelectorAll(':scope > g.legend text')].map((t) => t.textContent),
          };
        }, i);
        expect(parsed.title.toLowerCase().startsWith(name.toLowerCase()), `${name}: ${parsed.title}`).toBe(true);
        expect(parsed.lines, name).toContain(parsed.title);
        expect(parsed.legend.length, name).toBeGreaterThanOrEqual(2);
      }
    } finally {
      await page.evaluate(() => {
        const w = window as unknown as ExportTap;
        HTMLAnchorElement.prototype.click = w.__restore.click;
        URL.createObjectURL = w.__restore.createObjectURL;
      });
    }
  });

  test('a chart drawn anew after the Export menu opened still exports, as it is drawn now', async () => {
    const menu = page.locator('details.export');
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    // Behind the open menu's back, the chart's SVG element is replaced by a new drawing (as a section
    // catching up after a run, or its first frame turn, replaces it), marked so the file can be told.
    await page.locator('section[aria-label="Why: small minus large"] svg').first().evaluate((svg) => {
      const drawn = svg.cloneNode(true) as SVGSVGElement;
      const mark = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      mark.textContent = 'drawn anew';
      drawn.append(mark);
      svg.replaceWith(drawn);
    });
    const svg = await exportFile(page, (m) => m.getByRole('button', { name: 'Why: small minus large as SVG', exact: true }));
    expect(await downloadText(svg)).toContain('drawn anew');
    await expect(menu.getByText('is no longer on the page')).toHaveCount(0);
  });
});

// These change the scenario, so each loads its own.
test.describe('scenario files', () => {
  test.beforeEach(async ({ page }) => {
    await openScenario(page, quickScenario());
  });

  test('a scenario saved as JSON and opened again gives the same summary', async ({ page }) => {
    const before = await riskTableText(page);
    const download = await exportFile(page, (menu) => menu.getByRole('button', { name: /^Scenario file/ }));
    expect(download.suggestedFilename()).toBe('rotation-lab-custom-scenario-20251211.json');
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
});

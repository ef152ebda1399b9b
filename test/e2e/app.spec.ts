import type { Locator, Page } from '@playwright/test';
import { test, expect, useSharedPage } from './fixtures.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { fomcCalendar } from '../../src/model/fomcCalendar.ts';
import { PRESETS } from '../../src/model/presets.ts';
import { REPLAYS } from '../../src/model/history.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { normalizeDecisions, setMeetingDecision } from '../../src/controls/meetingDecisions.ts';
import { scenarioToSearch } from '../../src/url/scenarioToSearch.ts';
import { CHUNK_PATHS } from '../../src/model/index.ts';
import { previewChunksFor } from '../../src/pool/planChunks.ts';

/** Generation of the newest full result on screen (the runner's rl:full mark), 0 before any. */
async function fullGeneration(page: Page): Promise<number> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('rl:full').at(-1) as PerformanceMark | undefined;
    return (mark?.detail?.generation as number | undefined) ?? 0;
  });
}

/** Waits until a full run newer than `after` is shown and the charts are no longer a preview. */
async function waitForFullRun(page: Page, after: number): Promise<void> {
  await expect.poll(() => fullGeneration(page), { timeout: 120_000 }).toBeGreaterThan(after);
  await expect(page.locator('.charts')).not.toHaveClass(/stale/);
}

const summaryTable = (page: Page) => page.getByRole('table', { name: /paths; ± is the 95% Monte Carlo error/ });
const meetingBar = (page: Page) => page.getByRole('slider', { name: /^Decision at the/ }).first();
const policyFan = (page: Page) => page.getByRole('slider', { name: /^Policy rate: use the arrow keys/ });

/** A fan is drawn: its SVG holds the three bands and the median line. */
async function expectFanDrawn(fan: Locator): Promise<void> {
  await expect.poll(() => fan.locator('svg path[stroke="none"]').count()).toBeGreaterThanOrEqual(3);
  await expect(fan.locator('svg path[stroke-width="2.5"]').first()).toBeAttached();
  await expect(fan.locator('svg path[stroke-width="2.5"]').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
}

/** The default scenario with one meeting's decision replaced, as a share link's query string. */
function searchWithDecision(meetingIndex: number, bp: number): string {
  const scenario: Scenario = defaultScenario();
  const meeting = fomcCalendar(scenario.snapshot.date, scenario.months)[meetingIndex];
  const branch = scenario.branches[0];
  branch.policy.decisions = normalizeDecisions(setMeetingDecision(branch.policy.decisions, meeting.date, bp));
  return scenarioToSearch(scenario);
}

test.describe('the simulator app', () => {
  test.describe.configure({ timeout: 240_000 });

  // One load of the default scenario for the tests that start from it, in an order where each
  // finds the state it needs: the charts are read first, the drags compare against a fresh load of
  // the default scenario with the dragged decision, and the keyboard, preset and replay tests
  // change the scenario from wherever it stands (issue 12 item 14: five page loads and full runs fewer).
  test.describe('from one load of the default scenario', () => {
    let page: Page;
    useSharedPage(async (opened) => {
      page = opened;
      await page.goto('./');
      await waitForFullRun(page, 0);
    });

    test('the default scenario draws every chart: fans, rates, histograms, the summary table and the Why bars', async () => {
      const fans = page.locator('figure.fan');
      await expect.poll(() => fans.count()).toBeGreaterThanOrEqual(7); // 3 prices, relative, 3 rates
      for (const fan of await fans.all()) await expectFanDrawn(fan);
      for (const title of ['Policy rate', '10-year Treasury yield', 'Inflation']) {
        await expect(page.getByRole('slider', { name: new RegExp(`^${title}: use the arrow keys`) })).toBeVisible();
      }
      // Rate axes read "5%", "2.5%", not "5.00%" (the end labels keep two decimals: "3.13%").
      const rateTicks = await page.locator('section[aria-labelledby="rates-heading"] g.axis-y text').allTextContents();
      expect(rateTicks.length).toBeGreaterThan(6);
      for (const tick of rateTicks) expect(tick).toMatch(/^−?\d+(\.\d?[1-9])?%$/);

      const histograms = page.locator('figure.hist');
      await expect.poll(() => histograms.count()).toBeGreaterThanOrEqual(3);
      for (const histogram of await histograms.all()) {
        await expect.poll(() => histogram.locator('svg rect').count()).toBeGreaterThan(5);
      }

      await expect(summaryTable(page)).toBeVisible();
      await expect(summaryTable(page).locator('tbody tr')).not.toHaveCount(0);
      await expect(summaryTable(page)).toContainText('±');

      const why = page.locator('.why');
      await expect(why).toHaveCount(3);
      for (const asset of await why.all()) {
        await expect.poll(() => asset.locator('.bars svg rect').count()).toBeGreaterThan(3);
      }
    });

    test('a chart far below the fold is drawn, then skipped by the browser while off screen (same size, same drawing), and rendered again when scrolled to', async () => {
      const chart = page.locator('section.why-rotation');
      const drawing = chart.locator('.bars svg');
      const rendered = () => drawing.evaluate((svg) => svg.checkVisibility({ contentVisibilityAuto: true }));
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(chart).toHaveClass(/offscreen-skip/);
      await expect.poll(rendered).toBe(false);
      await expect.poll(() => drawing.locator('rect').count()).toBeGreaterThan(3);
      const skipped = (await chart.boundingBox())!;

      await chart.scrollIntoViewIfNeeded();
      await expect.poll(rendered).toBe(true);
      const shown = (await chart.boundingBox())!;
      expect(Math.abs(shown.height - skipped.height)).toBeLessThan(1);
      expect(Math.abs(shown.width - skipped.width)).toBeLessThan(1);
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    test('dragging a bar through several values leaves the charts of the final value', async ({ browser }) => {
      const bar = meetingBar(page);
      const svg = page.locator('svg[role="group"]', { has: meetingBar(page) });
      // The mouse only reaches what is inside the viewport: bring the whole editor into view first.
      await svg.scrollIntoViewIfNeeded();
      const barBox = (await bar.boundingBox())!;
      const svgBox = (await svg.boundingBox())!;
      // MeetingBars: −100…+100 bp over the plot between 20 px and 136 px from the SVG's top.
      const yFor = (bp: number) => svgBox.y + 20 + ((100 - bp) / 200) * 116;
      const x = barBox.x + barBox.width / 2;

      await page.mouse.move(x, yFor(0));
      await page.mouse.down();
      for (const bp of [50, -75, 25, 100, -50]) await page.mouse.move(x, yFor(bp), { steps: 4 });
      const generation = await fullGeneration(page);
      await page.mouse.up();

      await expect(bar).toHaveAttribute('aria-valuenow', '-50');
      await waitForFullRun(page, generation);
      const dragged = await summaryTable(page).innerText();

      const fresh = await browser.newPage();
      await fresh.goto(`./${searchWithDecision(0, -50)}`);
      await waitForFullRun(fresh, 0);
      await expect(meetingBar(fresh)).toHaveAttribute('aria-valuenow', '-50');
      expect(await summaryTable(fresh).innerText()).toBe(dragged);
      await fresh.close();
    });

    test('during a drag a section off screen keeps its drawing, shows the preview once scrolled into view, and the final full run after the drag', async () => {
      const paths = (n: number) => `${n.toLocaleString('en-US')} paths`;
      const full = defaultScenario().paths;
      const preview = previewChunksFor(defaultScenario().months) * CHUNK_PATHS;
      const table = summaryTable(page);
      await expect(table).toContainText(paths(full));
      const bar = meetingBar(page);
      const svg = page.locator('svg[role="group"]', { has: bar });
      await svg.scrollIntoViewIfNeeded();
      expect((await table.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height + 200);
      const barBox = (await bar.boundingBox())!;
      const svgBox = (await svg.boundingBox())!;
      // As in the test above: −100…+100 bp between 20 and 136 px from the SVG's top.
      const yFor = (bp: number) => svgBox.y + 20 + ((100 - bp) / 200) * 116;
      const x = barBox.x + barBox.width / 2;
      const before = await fullGeneration(page);
      const previewGeneration = () =>
        page.evaluate(() => ((performance.getEntriesByName('rl:preview').at(-1) as PerformanceMark | undefined)?.detail?.generation as number | undefined) ?? 0);

      await page.mouse.move(x, yFor(0));
      await page.mouse.down();
      await page.mouse.move(x, yFor(50), { steps: 4 });
      await expect.poll(previewGeneration).toBeGreaterThan(before);
      // Off screen: still the full run from before the drag (no redraw per preview).
      await expect(table).toContainText(paths(full));
      await table.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(table).toContainText(paths(preview));
      // Back up, away from the table, and let go: it catches up with the full run of the final value.
      await page.evaluate(() => window.scrollTo(0, 0));
      const generation = await fullGeneration(page);
      await page.mouse.up();
      await waitForFullRun(page, generation);
      await expect(table).toContainText(paths(full));
      expect((await table.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);
    });

    test('a meeting decision changed with the keyboard updates the rates fan and the summary', async () => {
      const bar = meetingBar(page);
      const valueBefore = Number(await bar.getAttribute('aria-valuenow'));
      const policyBefore = await policyFan(page).getAttribute('aria-valuetext');
      const summaryBefore = await summaryTable(page).innerText();
      const generation = await fullGeneration(page);

      await bar.focus();
      await page.keyboard.press('ArrowDown');

      await expect(bar).toHaveAttribute('aria-valuenow', String(valueBefore - 25));
      await waitForFullRun(page, generation);
      await expect(policyFan(page)).not.toHaveAttribute('aria-valuetext', policyBefore ?? '');
      await expect.poll(() => summaryTable(page).innerText()).not.toBe(summaryBefore);
    });

    test('each of the seven presets loads and redraws the charts', async () => {
      const stories = page.getByRole('list', { name: /Stories/ });
      await expect(stories.getByRole('button')).toHaveCount(PRESETS.length);
      // Last first: the consensus preset is the default scenario, so it needs another story loaded before it.
      for (const preset of [...PRESETS].reverse()) {
        const generation = await fullGeneration(page);
        const button = stories.getByRole('button', { name: preset.title, exact: true });
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await waitForFullRun(page, generation);
        await expectFanDrawn(page.locator('figure.fan').first());
        await expect(page.locator('.picker .claim')).toContainText(preset.claim);
      }
    });

    test('each of the six history replays loads and states the realized outcome’s percentile', async () => {
      await page.getByText(/^History replays/).click();
      const replays = page.getByRole('list', { name: /History replays/ });
      await expect(replays.getByRole('button')).toHaveCount(REPLAYS.length);
      for (const replay of REPLAYS) {
        const generation = await fullGeneration(page);
        const button = replays.getByRole('button', { name: replay.title, exact: true });
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await waitForFullRun(page, generation);
        await expectFanDrawn(page.locator('figure.fan').first());
        await expect(page.getByText(/sits at the model's \d+(st|nd|rd|th) percentile/).first()).toBeVisible();
        // Its start is history, not stale data counted in days.
        await expect(page.getByTestId('market-data-age')).toHaveText(/^Market data as of \d{4}-\d\d-\d\d: a history replay’s start, not today’s market\.$/);
      }
      // The last replay's start levels offer no reset to December 2025's, and say whose they are.
      const snapshot = page.locator('details[data-group="snapshot"]');
      await snapshot.locator('summary').click();
      const start = REPLAYS.at(-1)!.scenario().snapshot.date;
      await expect(snapshot.getByRole('button', { name: /^Reset Policy rate/ })).toHaveCount(0);
      await expect(snapshot.getByText(`The level at this scenario’s start, ${start} (the defaults are those of 2025-12-11).`).first()).toBeVisible();
      await snapshot.locator('summary').click();
    });
  });

  test('the page answers input and shows progress while a 100,000-path, 120-month run works', async ({ page }) => {
    const scenario = defaultScenario();
    scenario.paths = 100_000;
    scenario.months = 120;
    await page.goto(`./${scenarioToSearch(scenario)}`);
    // A run this long may ask first; start it.
    const progress = page.getByRole('progressbar', { name: 'Paths simulated' });
    const runIt = page.getByRole('button', { name: 'Run it' });
    const reading = async () => progress.evaluate((bar: HTMLProgressElement) => ({ max: bar.max, value: bar.value }));
    await expect(runIt.or(progress)).toBeVisible();
    if (await runIt.isVisible()) await runIt.click();
    await expect.poll(async () => (await reading()).max).toBe(100_000);
    const generation = await fullGeneration(page);

    // While the workers run, the page still reacts at once to the theme toggle and to a disclosure.
    const root = page.locator('html');
    const themeBefore = await root.getAttribute('data-theme');
    await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).click();
    await expect(root).not.toHaveAttribute('data-theme', themeBefore ?? '');
    await page.getByText(/^History replays/).click();
    await expect(page.getByRole('list', { name: /History replays/ })).toBeVisible();

    // The bar advances before the full result arrives.
    const done = async () => (await reading()).value;
    const first = await done();
    await expect.poll(done, { timeout: 120_000 }).toBeGreaterThan(first);
    expect(await done()).toBeLessThan(100_000);
    expect(await fullGeneration(page)).toBe(generation);
  });
});

import type { Page, Route } from '@playwright/test';
import { defaultScenario, type Scenario } from '../../src/model/index.ts';
import { encodeScenario } from '../../src/url/index.ts';
import { test, expect, type PageProblems } from './fixtures.ts';

// Faults are injected at the network level: the first simulation worker script the page loads is
// replaced by a faulty variant of the real one; later workers (the fresh pool) load the real file.

const WORKER_SCRIPT = /\/assets\/simulation\.worker[^/]*\.js(\?.*)?$/;

/** Code put in front of the real worker that takes the first call and fails in a given way. */
const FAULTS = {
  throws: `self.addEventListener('message', (event) => { event.stopImmediatePropagation(); throw new Error('injected fault: the worker threw on its first call'); }, { once: true });`,
  closes: `self.addEventListener('message', (event) => { event.stopImmediatePropagation(); self.close(); }, { once: true });`,
  oom: `self.addEventListener('message', (event) => { event.stopImmediatePropagation(); throw new RangeError('injected fault: Array buffer allocation failed'); }, { once: true });`,
  loadFails: `throw new Error('injected fault: the worker script failed to load');`,
} as const;

/** Serves the first worker script with `fault` prepended; returns how many scripts were faulty. */
async function injectWorkerFault(page: Page, fault: keyof typeof FAULTS): Promise<{ injected: number }> {
  const count = { injected: 0 };
  await page.route(WORKER_SCRIPT, async (route: Route) => {
    if (count.injected > 0) return route.continue();
    count.injected++;
    const response = await route.fetch();
    const body = `${FAULTS[fault]}\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
  return count;
}

/** Removes the errors a test caused on purpose, so the fixture still fails on any other. */
function dropExpected(problems: PageProblems, pattern: RegExp): void {
  problems.consoleErrors.splice(0, problems.consoleErrors.length, ...problems.consoleErrors.filter((e) => !pattern.test(e)));
}

function quick(paths = 2000, seed = 7): Scenario {
  return { ...defaultScenario(), paths, seed };
}

const done = (page: Page, paths: number) => page.getByText(`Done: ${paths.toLocaleString('en-US')} paths`);

for (const [fault, shown] of [
  ['throws', /worker crashed: .*injected fault: the worker threw on its first call/],
  ['oom', /worker crashed: .*Array buffer allocation failed/],
  ['loadFails', /worker crashed: .*the worker script failed to load/],
  ['closes', /stopped answering/],
] as const) {
  test(`a worker that ${fault === 'closes' ? 'closes itself' : fault === 'loadFails' ? 'fails to load' : fault === 'oom' ? 'runs out of memory' : 'throws'} is reported with Retry, and a fresh pool runs the next request`, async ({
    page,
    pageProblems,
  }) => {
    test.setTimeout(120_000);
    // The silent worker is declared dead after this long (a test hook no URL can set): 4 s, still
    // ten times the slowest healthy call of these 1,000–2,000-path runs on a loaded machine.
    await page.addInitScript(() => ((globalThis as { __rotationLabStallFloorMs?: number }).__rotationLabStallFloorMs = 4000));
    // One worker, so the faulty one is the one that gets the first call.
    await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 2 }));
    const injected = await injectWorkerFault(page, fault);
    await page.goto(`./?s=${encodeScenario(quick())}`);

    const alert = page.getByTestId('run-error');
    await expect(alert).toBeVisible({ timeout: 60_000 });
    await expect(alert).toContainText(shown);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(injected.injected).toBe(1);

    // The controls stay usable: a new number of paths runs on the fresh pool without pressing Retry.
    await page.getByLabel('Number of paths', { exact: true }).selectOption('1000');
    await expect(done(page, 1000)).toBeVisible({ timeout: 90_000 });

    dropExpected(pageProblems, /injected fault|stopped answering/);
  });
}

test('Retry after a worker fault runs the same scenario to the end', async ({ page, pageProblems }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 2 }));
  await injectWorkerFault(page, 'throws');
  await page.goto(`./?s=${encodeScenario(quick(2000, 11))}`);
  await page.getByTestId('run-error').getByRole('button', { name: 'Retry' }).click();
  await expect(done(page, 2000)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('run-error')).toHaveCount(0);
  dropExpected(pageProblems, /injected fault/);
});

test('a run over budget asks first with its estimate, runs when accepted, and Cancel keeps a labelled partial result', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`./?s=${encodeScenario({ ...defaultScenario(), paths: 1_000_000, months: 120 })}`);
  const ask = page.getByTestId('run-confirm');
  await expect(ask).toBeVisible({ timeout: 60_000 });
  await expect(ask).toContainText(/1,000,000 paths × 120 months\) would take about \d+ (s|min|h) on this device and hold about [\d.]+ (MB|GB) of memory/);
  // Only the preview runs while the question stands.
  await expect(page.getByText(/Simulating|Done:/)).toHaveCount(0);
  await ask.getByRole('button', { name: 'Run it' }).click();
  await expect(page.getByText(/Simulating… [\d,]+ of 1,000,000 paths/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const note = page.getByTestId('run-cancelled');
  await expect(note).toContainText(/Cancelled after [\d,]+ of 1,000,000 paths\. The charts show a partial result: the quick preview of [\d,]+ paths\./);
  // The controls work after a cancel: a small run completes.
  await page.getByLabel('Number of paths', { exact: true }).selectOption('1000');
  await expect(done(page, 1000)).toBeVisible({ timeout: 90_000 });
});

test('declining a run over budget keeps the preview, and Run again asks once more', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`./?s=${encodeScenario({ ...defaultScenario(), paths: 1_000_000, months: 120 })}`);
  const ask = page.getByTestId('run-confirm');
  // Wait for the preview, so declining keeps something to show.
  await expect(page.getByText('Simulating the first paths…')).toHaveCount(0, { timeout: 60_000 });
  await ask.getByRole('button', { name: 'Keep the preview' }).click();
  await expect(page.getByTestId('run-cancelled')).toContainText('partial result');
  await page.getByRole('button', { name: 'Run again' }).click();
  await expect(page.getByTestId('run-confirm')).toBeVisible();
});

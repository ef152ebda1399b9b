import type { Page } from '@playwright/test';
import { test, expect, useSharedPage, waitForLazyParts, watchPage } from './fixtures.ts';
import { SCHEMA_VERSION } from '../../src/model/scenario.ts';
import { appOrigin } from './origins.ts';

// Share links: the whole scenario in the address, reproducing the same numbers in a fresh browser.

/** Waits for the full run (not the quick preview) to be on screen. */
async function waitForFullRun(page: Page): Promise<void> {
  await expect(page.getByText(/^Done: [\d,]+ paths$/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('table').filter({ hasText: 'Median return, annualized' })).toBeVisible({ timeout: 60_000 });
  // Each fan's plot mounts in an animation frame of its own (requestFrameTurn): wait until every
  // price fan (the three prices and the small/large relative fan, which mounts last) has drawn its
  // plot before reading its labels. Counting only the fans already there let a busy machine read
  // the labels before the relative fan was in (seen twice at load 12–14).
  const fans = page.locator('section.prices figure.fan');
  await expect.poll(() => fans.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  await expect.poll(async () => (await fans.count()) - (await fans.locator('.plot > svg').count()), { timeout: 30_000 }).toBe(0);
}

/** What a reader compares: the risk table's text and the labels drawn on the price fans. */
async function shownNumbers(page: Page): Promise<{ table: string; fanLabels: string[] }> {
  const table = await page.getByRole('table').filter({ hasText: 'Median return, annualized' }).innerText();
  const fanLabels = await page.locator('section.prices svg text').allTextContents();
  return { table, fanLabels };
}

test('a copied link opens in a fresh browser context with identical summary numbers', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin });
  await page.goto('./');
  await page.getByRole('button', { name: /^Hawkish pivot/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('hawkish-pivot');
  await waitForFullRun(page);
  const before = await shownNumbers(page);
  expect(before.fanLabels.length).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Link to this scenario' }).inputValue());
  expect(new URL(copied).searchParams.get('s')).toMatch(/^[vz]\d+\./);
  expect(new URL(copied).searchParams.get('preset')).toBe('hawkish-pivot');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const problems = watchPage(other);
  await other.goto(copied);
  await waitForFullRun(other);
  expect(await shownNumbers(other)).toEqual(before);
  await expect(other.getByRole('button', { name: /^Hawkish pivot/ })).toHaveAttribute('aria-pressed', 'true');
  expect(problems.consoleErrors, 'console errors in the fresh page').toEqual([]);
  expect(problems.failedRequests, 'failed requests in the fresh page').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts from the fresh page').toEqual([]);
  await fresh.close();
});

test('Copy link falls back to selecting the link field when the clipboard is refused', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Ctrl\+C/ })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Link to this scenario' });
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
  expect(selected).toBe(await field.inputValue());
  expect(selected).toMatch(/\?s=[vz]\d+\./);
});

test('on a phone the header shows Copy link and Embed without the link field; a refused clipboard reveals the field, selected', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('./');
  const field = page.getByRole('textbox', { name: 'Link to this scenario' });
  const copy = page.getByRole('button', { name: 'Copy link' });
  await expect(copy).toBeVisible();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
  await expect(field).toHaveCount(0);
  // The name and the share tools sit on one row: the presets start high on the page.
  const header = await page.locator('header.page-header').boundingBox();
  expect(header!.height).toBeLessThan(220);
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  const button = await copy.boundingBox();
  expect(Math.abs(button!.y + button!.height / 2 - (title!.y + title!.height / 2))).toBeLessThan(12);

  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: /Ctrl\+C/ })).toBeVisible();
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
  expect(selected).toBe(await field.inputValue());
  expect(selected).toMatch(/\?s=[vz]\d+\./);
});

test('a garbled link opens the default scenario with a dismissable notice saying what was wrong', async ({ page }) => {
  await page.goto('./?s=v1.%E2%9C%82garbled');
  const notice = page.getByRole('status').filter({ hasText: 'Showing the default scenario instead' });
  await expect(notice).toContainText('not a Rotation Lab scenario link');
  await waitForFullRun(page);
  // The default scenario's address replaces the unreadable one, so the page is shareable again.
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe(`v${SCHEMA_VERSION}.e30`);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link from a format version this build has no migration for opens the default scenario and names the version', async ({
  page,
}) => {
  // v1 is the first published format, so no older link can be migrated yet; the migration path
  // itself (a table step from v0) is covered by test/app/share/shareLink.test.ts.
  await page.goto('./?s=v0.e30');
  await expect(page.getByRole('status').filter({ hasText: 'Showing the default scenario instead' })).toContainText(
    'format v0 are no longer supported',
  );
  // Let the page's lazy parts finish loading before leaving it (the next goto, the test's end).
  await waitForLazyParts(page);
  await page.goto('./?s=v9.e30');
  await expect(page.getByRole('status').filter({ hasText: 'Showing the default scenario instead' })).toContainText(
    'newer version of Rotation Lab (format v9)',
  );
  await waitForLazyParts(page);
});

// The address follows the page's own edits: one load for both tests (the replaceState test first,
// since it starts from the default scenario's address).
test.describe('the address follows the scenario', () => {
  let page: Page;
  useSharedPage(async (opened) => {
    page = opened;
    await page.goto('./');
  });

  test('the address bar follows the scenario with replaceState, adding no history entries', async () => {
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe(`v${SCHEMA_VERSION}.e30`);
    const entries = await page.evaluate(() => history.length);
    for (const [title, id] of [
      ['Goldilocks rotation', 'goldilocks'],
      ['Hard landing', 'hard-landing'],
      ['Two cuts (consensus)', 'consensus'],
    ]) {
      await page.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe(id);
    }
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('the link field follows the address at once when A is pinned and unpinned', async () => {
    // The last preset clicked above may still be running: wait for its run, not the one before.
    await expect(page.getByText(/^Simulating/)).toHaveCount(0, { timeout: 120_000 });
    await waitForFullRun(page);
    const field = page.getByRole('textbox', { name: 'Link to this scenario' });
    const param = async (name: string) => new URL(await field.inputValue()).searchParams.get(name);
    expect(await param('a')).toBeNull();
    await page.getByRole('button', { name: 'Pin as A' }).click();
    await expect.poll(() => param('a')).toMatch(/^[vz]\d+\./);
    expect(await param('a')).toBe(new URL(page.url()).searchParams.get('a'));
    await page.getByRole('button', { name: 'Unpin' }).click();
    await expect.poll(() => param('a')).toBeNull();
    expect(new URL(page.url()).searchParams.get('a')).toBeNull();
  });
});

test('a replay link keeps its realized-outcome marks when opened again', async ({ page }) => {
  await page.goto('./');
  await page.getByText(/^History replays/).click();
  await page.getByRole('button', { name: /^2019: mid-cycle adjustment/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('replay')).toBe('cut-2019');
  await page.goto(page.url());
  await expect(page.getByRole('button', { name: /^2019: mid-cycle adjustment/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: 'How to read the fans' }).getByText(/what happened/)).toBeVisible({ timeout: 120_000 });
});

test('a link over the safe length opens, is compressed, and its author is told to share the scenario file instead', async ({ page }) => {
  const { largestScenario } = await import('../app/url/largestScenario.ts');
  const { encodeScenario } = await import('../../src/url/index.ts');
  // Two full branches: a link of about 10,000 characters, over the safe length but under the test
  // server's 16 kB request-line limit (a real host's limit is often lower: hence the warning).
  const largest = largestScenario(24);
  const scenario = { ...largest, paths: 1000, branches: largest.branches.slice(0, 2).map((b) => ({ ...b, weight: 0.5 })) };
  await page.goto(`./?s=${encodeScenario(scenario)}`);
  await expect(page.getByText('Done: 1,000 paths')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('p.link-notice')).toHaveCount(0);
  const warning = page.locator('p.long-link');
  await expect(warning).toBeVisible();
  expect(await warning.innerText()).toMatch(
    /^This link is [\d,]+ characters long; some sites and servers refuse links over 8,000\. .*Export → Scenario file \(JSON\)/,
  );
  await page.screenshot({ path: test.info().outputPath('long-link.png') });
  // The link the app itself makes (the address it keeps) opens again, unchanged.
  const own = page.url();
  expect(new URL(own).searchParams.get('s')).toMatch(/^z\d+\./);
  await page.goto(own);
  await expect(page.getByText('Done: 1,000 paths')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('p.link-notice')).toHaveCount(0);
  expect(page.url()).toBe(own);
});
